import { domainOptions, kindOfHelpOptions, targetGroupOptions } from '@/fields/directory'
import { accessibilityOptions, costKindOptions, languageOptions } from '@/fields/serviceDetails'
import { foldCaseAndAccents } from '@/lib/foldText'

/** One column of the organisation spreadsheet: its Dutch header and the headers recognised for it. */
export interface ColumnSpec {
  key: ColumnKey
  header: string
  aliases: string[]
  multiple?: boolean
}

export const columnKeys = [
  'name',
  'slug',
  'shortDescription',
  'kindOfHelp',
  'themes',
  'targetGroups',
  'domains',
  'areasServed',
  'phone',
  'email',
  'website',
  'street',
  'postalCode',
  'city',
  'contactPerson',
  'referralEmail',
  'referralInstructions',
  'eligibility',
  'costKind',
  'costAmount',
  'costNote',
  'languages',
  'applicationProcess',
  'accessibility',
  'accessibilityNote',
  'openingHours',
  'latitude',
  'longitude',
  'status',
  'lastVerifiedAt',
] as const
export type ColumnKey = (typeof columnKeys)[number]

export const columns: ColumnSpec[] = [
  { key: 'name', header: 'Naam', aliases: ['naam', 'organisatie', 'organisatienaam', 'naam organisatie', 'name'] },
  { key: 'slug', header: 'Slug', aliases: ['slug', 'webadres (slug)', 'id'] },
  {
    key: 'shortDescription',
    header: 'Korte omschrijving',
    aliases: ['korte omschrijving', 'omschrijving', 'beschrijving', 'wat doen ze', 'short description', 'description'],
  },
  { key: 'kindOfHelp', header: 'Soort hulp', aliases: ['soort hulp', 'soort', 'formeel/informeel', 'kind of help'] },
  {
    key: 'themes',
    header: "Thema's",
    aliases: ["thema's", 'themas', 'thema', 'onderwerpen', 'themes'],
    multiple: true,
  },
  {
    key: 'targetGroups',
    header: 'Doelgroepen',
    aliases: ['doelgroepen', 'doelgroep', 'target groups'],
    multiple: true,
  },
  { key: 'domains', header: 'Domeinen', aliases: ['domeinen', 'domein', 'domains'], multiple: true },
  {
    key: 'areasServed',
    header: 'Werkgebied',
    aliases: ['werkgebied', 'werkgebieden', 'gebied', 'areas served'],
    multiple: true,
  },
  { key: 'phone', header: 'Telefoon', aliases: ['telefoon', 'telefoonnummer', 'tel', 'tel.', 'phone'] },
  { key: 'email', header: 'E-mail', aliases: ['e-mail', 'email', 'e-mailadres', 'emailadres', 'mail'] },
  { key: 'website', header: 'Website', aliases: ['website', 'webadres', 'site', 'url', 'internet'] },
  {
    key: 'street',
    header: 'Straat en huisnummer',
    aliases: ['straat en huisnummer', 'straat', 'adres', 'bezoekadres'],
  },
  { key: 'postalCode', header: 'Postcode', aliases: ['postcode', 'postal code'] },
  { key: 'city', header: 'Plaats', aliases: ['plaats', 'woonplaats', 'stad', 'city'] },
  { key: 'contactPerson', header: 'Contactpersoon', aliases: ['contactpersoon', 'contact', 'contact person'] },
  {
    key: 'referralEmail',
    header: 'Verwijs-e-mail',
    aliases: ['verwijs-e-mail', 'verwijs e-mail', 'verwijsadres', 'verwijs-e-mailadres', 'e-mail voor verwijzingen'],
  },
  {
    key: 'referralInstructions',
    header: 'Zo verwijs je door',
    aliases: ['zo verwijs je door', 'verwijsinstructie', 'verwijzen', 'warm doorverwijzen', 'instructies'],
  },
  { key: 'eligibility', header: 'Voor wie', aliases: ['voor wie', 'voorwaarden', 'eligibility'] },
  { key: 'costKind', header: 'Kosten', aliases: ['kosten', 'wat kost het', 'cost'] },
  { key: 'costAmount', header: 'Bedrag', aliases: ['bedrag', 'bedrag in euro', 'prijs', 'eigen bijdrage', 'amount'] },
  { key: 'costNote', header: 'Toelichting kosten', aliases: ['toelichting kosten', 'kosten toelichting'] },
  { key: 'languages', header: 'Talen', aliases: ['talen', 'taal', 'gesproken talen', 'languages'], multiple: true },
  {
    key: 'applicationProcess',
    header: 'Aanmelden',
    aliases: ['aanmelden', 'zo meldt een inwoner zich aan', 'aanmelding', 'how to apply'],
  },
  {
    key: 'accessibility',
    header: 'Toegankelijkheid',
    aliases: ['toegankelijkheid', 'toegankelijk', 'accessibility'],
    multiple: true,
  },
  {
    key: 'accessibilityNote',
    header: 'Toelichting toegankelijkheid',
    aliases: ['toelichting toegankelijkheid', 'toegankelijkheid toelichting', 'accessibility note'],
  },
  {
    key: 'openingHours',
    header: 'Openingstijden',
    aliases: ['openingstijden', 'openingstijd', 'geopend', 'open', 'tijden', 'opening hours'],
  },
  { key: 'latitude', header: 'Breedtegraad', aliases: ['breedtegraad', 'latitude', 'lat'] },
  { key: 'longitude', header: 'Lengtegraad', aliases: ['lengtegraad', 'longitude', 'lon', 'lng'] },
  { key: 'status', header: 'Status', aliases: ['status', 'actief'] },
  {
    key: 'lastVerifiedAt',
    header: 'Laatst gecontroleerd',
    aliases: ['laatst gecontroleerd', 'gecontroleerd op', 'controledatum', 'last verified'],
  },
]

export const columnByKey = new Map(columns.map((column) => [column.key, column]))

/** Case, accents, spaces and punctuation do not matter when recognising a header or option. */
export const fold = (value: string): string =>
  foldCaseAndAccents(value)
    .replace(/[’']/g, "'")
    .replace(/[\s_.:-]+/g, ' ')
    .trim()

const aliasIndex = new Map<string, ColumnKey>()
for (const column of columns)
  for (const alias of [column.header, ...column.aliases]) aliasIndex.set(fold(alias), column.key)

/** The automatic column mapping: each header to the field it names, or null; every field at most once. */
export const guessMapping = (headers: string[]): (ColumnKey | null)[] => {
  const used = new Set<ColumnKey>()
  return headers.map((header) => {
    const key = aliasIndex.get(fold(header ?? ''))
    if (!key || used.has(key)) return null
    used.add(key)
    return key
  })
}

type Option = { value: string; label: { nl: string; en: string } }
const optionIndex = (options: Option[], extra: Record<string, string> = {}) => {
  const index = new Map<string, string>()
  for (const option of options) {
    index.set(fold(option.value), option.value)
    index.set(fold(option.label.nl), option.value)
    index.set(fold(option.label.en), option.value)
  }
  for (const [alias, value] of Object.entries(extra)) index.set(fold(alias), value)
  return index
}

export const kindOfHelpIndex = optionIndex(kindOfHelpOptions, {
  formeel: 'formal',
  informeel: 'informal',
  beide: 'both',
  'formeel en informeel': 'both',
})
export const targetGroupIndex = optionIndex(targetGroupOptions, {
  jeugd: 'youth',
  ouderen: 'seniors',
  mantelzorgers: 'carers',
  nieuwkomers: 'newcomers',
  statushouders: 'newcomers',
  volwassenen: 'adults',
  iedereen: 'everyone',
})
export const domainIndex = optionIndex(domainOptions)
export const costKindIndex = optionIndex(costKindOptions, { kosteloos: 'free', 'eigen bijdrage': 'contribution' })
export const languageIndex = optionIndex(languageOptions, { gebarentaal: 'dse', ngt: 'dse', oekraiens: 'uk' })
export const accessibilityIndex = optionIndex(accessibilityOptions, {
  rolstoel: 'wheelchair',
  invalidentoilet: 'toilet',
})
export const statusIndex = new Map([
  ['actief', 'active'],
  ['active', 'active'],
  ['ja', 'active'],
  ['inactief', 'inactive'],
  ['inactive', 'inactive'],
  ['nee', 'inactive'],
])

/** Short Dutch words written on export (and read back on import). */
export const kindOfHelpWords: Record<string, string> = { formal: 'formeel', informal: 'informeel', both: 'beide' }
