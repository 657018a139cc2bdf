/**
 * The categories of digital sources and work documents: the collections offer them as options and
 * the startpage groups its lists by them, in this order.
 */
export const sourceCategoryOptions = [
  { value: 'social-map', label: { nl: 'Sociale kaart', en: 'Social map' } },
  { value: 'money', label: { nl: 'Geld en regelingen', en: 'Money and benefits' } },
  { value: 'care', label: { nl: 'Zorg en ondersteuning', en: 'Care and support' } },
  { value: 'housing', label: { nl: 'Wonen', en: 'Housing' } },
  { value: 'language', label: { nl: 'Taal en digitale vaardigheden', en: 'Language and digital skills' } },
  { value: 'government', label: { nl: 'Overheid', en: 'Government' } },
  { value: 'other', label: { nl: 'Overig', en: 'Other' } },
]

export const workDocumentCategoryOptions = [
  { value: 'job-description', label: { nl: 'Werkomschrijving', en: 'Job description' } },
  { value: 'roster', label: { nl: 'Rooster', en: 'Roster' } },
  { value: 'contact-list', label: { nl: 'Contactenlijst', en: 'Contact list' } },
  { value: 'training', label: { nl: 'Training', en: 'Training' } },
  { value: 'protocol', label: { nl: 'Protocol', en: 'Protocol' } },
]
