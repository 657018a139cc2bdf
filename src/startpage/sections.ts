/** The blocks of the startpage, in the order communications staff can rearrange. */
export const startpageSections = [
  'announcements',
  'quickActions',
  'roster',
  'coverage',
  'pinnedLinks',
  'sources',
  'documents',
  'mailboxes',
] as const
export type StartpageSection = (typeof startpageSections)[number]

const labels: Record<StartpageSection, string> = {
  announcements: 'Mededelingen',
  quickActions: 'Snel naar (registratie en Wegwijzer)',
  roster: 'Vandaag op de balie',
  coverage: 'Gaten in het rooster (alleen coördinatoren)',
  pinnedLinks: 'Vastgepinde links',
  sources: 'Digitale bronnen',
  documents: 'Werkdocumenten',
  mailboxes: 'Verwijsmailboxen',
}

export const startpageSectionOptions = startpageSections.map((value) => ({ value, label: labels[value] }))
export const defaultSectionOrder: StartpageSection[] = [...startpageSections]

/** The configured order, without unknown or repeated entries; nothing configured means every section. */
export const sectionOrder = (configured: readonly string[] | null | undefined): StartpageSection[] => {
  if (!configured || configured.length === 0) return defaultSectionOrder
  const known = new Set<string>(startpageSections)
  return [...new Set(configured)].filter((value): value is StartpageSection => known.has(value))
}
