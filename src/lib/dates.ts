/** The desks are in the Netherlands: all dates and times shown to people are in Dutch local time. */
export const TIME_ZONE = 'Europe/Amsterdam'

const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' })
const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
})
const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

export const formatTime = (value: string | Date): string => timeFormat.format(new Date(value))
export const formatDay = (value: string | Date): string => dayFormat.format(new Date(value))
export const formatDate = (value: string | Date): string => dateFormat.format(new Date(value))
