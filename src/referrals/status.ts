/** A referral's way from the e-mail to its outcome. Only moves forward; the last two are final. */
export const referralStatuses = ['sent', 'received', 'in-contact', 'completed', 'not-completed'] as const
export type ReferralStatus = (typeof referralStatuses)[number]

export const referralStatusOptions: { value: ReferralStatus; label: { nl: string; en: string } }[] = [
  { value: 'sent', label: { nl: 'Verstuurd', en: 'Sent' } },
  { value: 'received', label: { nl: 'Ontvangen', en: 'Received' } },
  { value: 'in-contact', label: { nl: 'Contact gehad', en: 'In contact' } },
  { value: 'completed', label: { nl: 'Afgerond', en: 'Completed' } },
  { value: 'not-completed', label: { nl: 'Niet gelukt', en: 'Not completed' } },
]

/** Why the organisation could not help: categories only, never a free text about the resident. */
export const outcomeReasons = ['unreachable', 'not-suitable', 'waiting-list', 'other'] as const
export type OutcomeReason = (typeof outcomeReasons)[number]

export const outcomeReasonOptions: { value: OutcomeReason; label: { nl: string; en: string } }[] = [
  { value: 'unreachable', label: { nl: 'Niet bereikbaar', en: 'Unreachable' } },
  { value: 'not-suitable', label: { nl: 'Past niet bij ons aanbod', en: 'Not suitable' } },
  { value: 'waiting-list', label: { nl: 'Wachtlijst', en: 'Waiting list' } },
  { value: 'other', label: { nl: 'Andere reden', en: 'Other reason' } },
]

export const statusLabel = (status: string) =>
  referralStatusOptions.find((option) => option.value === status)?.label.nl ?? status
export const reasonLabel = (reason: string) =>
  outcomeReasonOptions.find((option) => option.value === reason)?.label.nl ?? reason

export const isFinal = (status: string) => status === 'completed' || status === 'not-completed'

/** Whether `next` is a step forward from `current` (a final status is not left again). */
export const movesForward = (current: string, next: string) =>
  !isFinal(current) &&
  referralStatuses.indexOf(next as ReferralStatus) > referralStatuses.indexOf(current as ReferralStatus)
