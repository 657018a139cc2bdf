export const channelOptions = [
  { value: 'desk', label: { nl: 'Balie', en: 'Desk' } },
  { value: 'phone', label: { nl: 'Telefoon', en: 'Phone' } },
  { value: 'email', label: { nl: 'E-mail', en: 'E-mail' } },
  { value: 'other', label: { nl: 'Anders', en: 'Other' } },
]

export const ageBandOptions = [
  { value: 'youth', label: { nl: 'Jeugd (jonger dan 18)', en: 'Youth (under 18)' } },
  { value: 'adult', label: { nl: 'Volwassene', en: 'Adult' } },
  { value: 'senior', label: { nl: '65-plusser', en: '65 and over' } },
  { value: 'unknown', label: { nl: 'Onbekend', en: 'Unknown' } },
]

export const answerTypeOptions = [
  { value: 'information', label: { nl: 'Informatie gegeven', en: 'Information' } },
  { value: 'advice', label: { nl: 'Advies gegeven', en: 'Advice' } },
  { value: 'helped', label: { nl: 'Ter plekke geholpen', en: 'Helped on the spot' } },
  { value: 'warm-referral', label: { nl: 'Warm doorverwezen', en: 'Referred warmly' } },
  { value: 'informal-referral', label: { nl: 'Doorverwezen naar informele hulp', en: 'Referred to informal help' } },
  // The desk consulted its back-up ("achterwacht", the Infopunt's fall-back organisation) on a hard case.
  { value: 'backup-consulted', label: { nl: 'Overlegd met achterwacht', en: 'Consulted the back-up' } },
  { value: 'unable', label: { nl: 'Niet kunnen helpen', en: 'Could not help' } },
]

/** Answer types that name the organisation(s) the resident was referred to. */
export const referralAnswerTypes = ['warm-referral', 'informal-referral']
