/** The registration's time as the desk worker reads and types it: "dd-mm-jjjj uu:mm" in local time. */
export const OCCURRED_AT_FORMAT = 'dd-mm-jjjj uu:mm'

const pad = (value: number) => String(value).padStart(2, '0')

export const formatOccurredAt = (date: Date): string =>
  `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`

/** The local instant typed, or null when the text is not a real date and time in the format. */
export const parseOccurredAt = (text: string): Date | null => {
  const match = /^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s+(\d{1,2})[:.](\d{2})\s*$/.exec(text)
  if (!match) return null
  const [day, month, year, hour, minute] = match.slice(1).map(Number)
  const date = new Date(year, month - 1, day, hour, minute)
  // Date rolls 31-02 over into March and 25:00 into the next day: only a real time reads back the same.
  return formatOccurredAt(date) === `${pad(day)}-${pad(month)}-${year} ${pad(hour)}:${pad(minute)}` ? date : null
}
