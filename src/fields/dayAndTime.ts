/**
 * A Payload date field's picker for a day and a time, as Dutch writes times: the time list reads
 * "10:00", not Payload's default "10:00 AM".
 */
export const dayAndTime = (options: { displayFormat?: string; timeIntervals?: number } = {}) => ({
  pickerAppearance: 'dayAndTime' as const,
  timeFormat: 'HH:mm',
  ...options,
})
