/**
 * The service details of the demo directory: for whom, costs, languages, how to apply, where (with
 * coordinates near the real village centres) and the building's accessibility.
 */
import type { Weekday } from '@/fields/openingHours'
import type { Organisation } from '@/payload-types'

type Period = { weekday: Weekday; opens: string; closes: string }
type Cost = { kind: 'free' | 'contribution' | 'paid'; amount?: number; note?: string }
type Accessibility = { features: NonNullable<NonNullable<Organisation['accessibility']>['features']>; note?: string }

export interface DetailsSeed {
  eligibility?: string
  cost?: Cost
  languages?: NonNullable<Organisation['languages']>
  applicationProcess?: string
  accessibility?: Accessibility
}

export interface VenueSeed {
  name: string
  address: { street: string; postalCode: string; city: string; latitude: number; longitude: number }
  accessibility: Accessibility
}

export interface ServiceDetailsSeed extends DetailsSeed {
  openingHours?: Period[]
  venues?: VenueSeed[]
}

/** Centres of the places the demo organisations are in (WGS 84). */
export const cityPoints: Record<string, { latitude: number; longitude: number }> = {
  Dalfsen: { latitude: 52.5057, longitude: 6.2583 },
  Nieuwleusen: { latitude: 52.5816, longitude: 6.2829 },
  Lemelerveld: { latitude: 52.4437, longitude: 6.3343 },
  Zwolle: { latitude: 52.5125, longitude: 6.0944 },
  Raalte: { latitude: 52.3877, longitude: 6.2757 },
  Deventer: { latitude: 52.255, longitude: 6.1639 },
  'Den Helder': { latitude: 52.9563, longitude: 4.7601 },
  Heerhugowaard: { latitude: 52.6697, longitude: 4.8307 },
  Schagen: { latitude: 52.7872, longitude: 4.799 },
  Alkmaar: { latitude: 52.6324, longitude: 4.7534 },
}

const wheelchair: Accessibility = { features: ['wheelchair', 'toilet', 'parking'] }
const kulturhus: Accessibility = {
  features: ['wheelchair', 'lift', 'toilet', 'hearingLoop', 'assistanceDogs'],
  note: 'Ingang op de begane grond, automatische deuren',
}

export const venues = {
  bibliotheekDalfsen: {
    name: 'Bibliotheek Dalfsen',
    address: {
      street: 'Voorbeeldstraat 1',
      postalCode: '7721 AA',
      city: 'Dalfsen',
      latitude: 52.5061,
      longitude: 6.2578,
    },
    accessibility: { features: ['wheelchair', 'toilet', 'hearingLoop'] },
  },
  deSpil: {
    name: 'Kulturhus de Spil',
    address: {
      street: 'Voorbeeldplein 2',
      postalCode: '7711 AB',
      city: 'Nieuwleusen',
      latitude: 52.581,
      longitude: 6.283,
    },
    accessibility: kulturhus,
  },
  deMozaiek: {
    name: 'Kulturhus de Mozaïek',
    address: {
      street: 'Voorbeeldweg 3',
      postalCode: '8151 AC',
      city: 'Lemelerveld',
      latitude: 52.444,
      longitude: 6.334,
    },
    accessibility: kulturhus,
  },
} satisfies Record<string, VenueSeed>

/** Per organisation key: its own offer. */
export const organisationDetails: Record<string, DetailsSeed> = {
  bibliotheek: {
    eligibility: 'Alle inwoners; lid zijn is niet nodig voor het Taalpunt en het Digicafé.',
    cost: { kind: 'free', note: 'lidmaatschap van de bibliotheek apart' },
    languages: ['nl', 'en'],
    applicationProcess: 'Loop binnen tijdens de openingstijden of bel de bibliotheek.',
    accessibility: { features: ['wheelchair', 'toilet', 'hearingLoop'] },
  },
  saamwelzijn: {
    eligibility: 'Alle inwoners van de gemeente Dalfsen.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'de'],
    applicationProcess: 'Bel of mail Saam Welzijn; een medewerker belt u binnen een week terug.',
    accessibility: wheelchair,
  },
  despil: { cost: { kind: 'free' }, languages: ['nl'], accessibility: kulturhus },
  demozaiek: { cost: { kind: 'free' }, languages: ['nl'], accessibility: kulturhus },
  kern: {
    eligibility: 'Inwoners van de gemeente Dalfsen van 18 jaar en ouder, en gezinnen met kinderen.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'tr'],
    applicationProcess: 'Bel Kern op werkdagen tussen 9 en 17 uur, of meld u aan via het formulier op de website.',
    accessibility: { features: ['wheelchair', 'toilet'], note: 'Gesprekken ook bij u thuis' },
  },
  humanitas: {
    eligibility: 'Inwoners die tijdelijk steun van een vrijwilliger kunnen gebruiken.',
    cost: { kind: 'free' },
    languages: ['nl', 'en'],
    applicationProcess: 'Mail of bel Humanitas; de coördinator maakt een afspraak voor een kennismaking.',
    accessibility: { features: ['toilet'], note: 'Vrijwilligers komen bij u thuis' },
  },
  vluchtelingenwerk: {
    eligibility: 'Vluchtelingen en statushouders in de gemeente Dalfsen.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'ar', 'ti', 'fa', 'so', 'uk'],
    applicationProcess: 'Kom langs op het spreekuur; een tolk kan worden geregeld.',
    accessibility: wheelchair,
  },
  mee: {
    eligibility: 'Mensen met een beperking, chronische ziekte of psychische kwetsbaarheid, en hun naasten.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'dse'],
    applicationProcess: 'Bel MEE IJsseloevers; een gebarentolk kan bij het gesprek zijn.',
    accessibility: { features: ['wheelchair', 'lift', 'toilet', 'parking', 'hearingLoop'] },
  },
  gemeente: {
    eligibility: 'Inwoners van de gemeente Dalfsen.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'de'],
    applicationProcess: 'Maak een afspraak via de website of bel het algemene nummer van de gemeente.',
    accessibility: { features: ['wheelchair', 'lift', 'toilet', 'parking', 'hearingLoop'] },
  },
  rosengaerde: {
    eligibility: 'Ouderen in de kern Dalfsen en hun mantelzorgers.',
    cost: { kind: 'contribution', note: 'afhankelijk van de indicatie' },
    languages: ['nl', 'de'],
    accessibility: { features: ['wheelchair', 'lift', 'toilet', 'parking'] },
  },
  carinova: {
    eligibility: 'Inwoners met een indicatie voor wijkverpleging of thuiszorg.',
    cost: { kind: 'free', note: 'wijkverpleging valt onder de basisverzekering' },
    languages: ['nl', 'en'],
    applicationProcess: 'Bel het klantenservicenummer; de wijkverpleegkundige komt bij u thuis.',
  },
  zorggroepraalte: {
    cost: { kind: 'contribution', note: 'via het CAK' },
    languages: ['nl'],
    accessibility: wheelchair,
  },
  deveste: {
    eligibility: 'Huurders van de Veste en woningzoekenden in de gemeente Dalfsen.',
    cost: { kind: 'free' },
    languages: ['nl'],
    applicationProcess: 'Maak een afspraak via het klantportaal of bel de Veste.',
    accessibility: wheelchair,
  },
  wonenplus: {
    eligibility: 'Ouderen en mensen met een beperking in de Kop van Noord-Holland.',
    cost: { kind: 'paid', amount: 25, note: 'lidmaatschap per jaar' },
    languages: ['nl'],
    applicationProcess: 'Word lid via het servicepunt; daarna vraagt u diensten telefonisch aan.',
  },
}

const weekdayMornings = (days: Weekday[], opens = '09:00', closes = '12:00'): Period[] =>
  days.map((weekday) => ({ weekday, opens, closes }))

/** Per service name: its details, and its own opening hours and locations where they differ. */
export const serviceDetails: Record<string, ServiceDetailsSeed> = {
  'Home-Start': {
    eligibility: 'Gezinnen met ten minste één kind tot en met 6 jaar die tijdelijk steun kunnen gebruiken.',
    cost: { kind: 'free' },
    languages: ['nl', 'en'],
    applicationProcess:
      'Ouders melden zich zelf aan bij de coördinator Home-Start, telefonisch of per e-mail. Binnen twee weken volgt een kennismakingsbezoek.',
  },
  Thuisadministratie: {
    eligibility: 'Inwoners die hun post en administratie niet (meer) zelf overzien, zonder problematische schulden.',
    cost: { kind: 'free' },
    languages: ['nl'],
    applicationProcess: 'Meld u aan bij de coördinator Thuisadministratie; een vrijwilliger komt bij u thuis.',
  },
  Ouderenadviseur: {
    eligibility: 'Inwoners van 65 jaar en ouder, en hun naasten.',
    cost: { kind: 'free' },
    languages: ['nl', 'de'],
    applicationProcess: 'Kom naar het spreekuur in uw kern of bel voor een huisbezoek.',
    openingHours: [
      { weekday: 'tue', opens: '09:30', closes: '11:30' },
      { weekday: 'thu', opens: '13:30', closes: '15:30' },
    ],
    venues: [venues.deSpil, venues.deMozaiek],
  },
  Mantelzorgondersteuning: {
    eligibility: 'Mantelzorgers van alle leeftijden, ook jonge mantelzorgers.',
    cost: { kind: 'free' },
    languages: ['nl', 'en'],
    applicationProcess: 'Bel of mail de mantelzorgconsulent; zij belt u binnen een week.',
  },
  Vrijwilligerspunt: {
    eligibility: 'Iedereen die vrijwilligerswerk zoekt, en organisaties die vrijwilligers zoeken.',
    cost: { kind: 'free' },
    languages: ['nl', 'en'],
    applicationProcess: 'Bekijk de vacaturebank of kom naar het spreekuur.',
    openingHours: weekdayMornings(['wed'], '10:00', '12:00'),
    venues: [venues.bibliotheekDalfsen],
  },
  Taalpunt: {
    eligibility: 'Volwassenen die beter willen leren lezen, schrijven of Nederlands spreken.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'ar', 'ti', 'uk'],
    applicationProcess: 'Loop binnen tijdens het spreekuur voor een intakegesprek, of laat de bibliotheek u bellen.',
    openingHours: [
      { weekday: 'tue', opens: '13:30', closes: '16:00' },
      { weekday: 'sat', opens: '10:00', closes: '12:00' },
    ],
    venues: [venues.bibliotheekDalfsen, venues.deSpil],
  },
  Digicafé: {
    eligibility: 'Iedereen die hulp wil bij de smartphone, de computer of DigiD.',
    cost: { kind: 'free' },
    languages: ['nl'],
    applicationProcess: 'Loop binnen op woensdagmiddag; neem uw eigen apparaat mee.',
    openingHours: [{ weekday: 'wed', opens: '13:30', closes: '16:00' }],
    venues: [venues.bibliotheekDalfsen],
  },
  'Maatschappelijke begeleiding statushouders': {
    eligibility: 'Statushouders in de gemeente Dalfsen, de eerste twee jaar na huisvesting.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'ar', 'ti', 'fa', 'so'],
    applicationProcess: 'De gemeente meldt u aan bij huisvesting; daarna neemt uw begeleider contact op.',
  },
  Schuldhulpverlening: {
    eligibility: 'Inwoners van 18 jaar en ouder met betalingsachterstanden of schulden.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'tr'],
    applicationProcess:
      'Meld u aan via het formulier op de website of bel Kern; binnen drie werkdagen volgt een eerste gesprek.',
  },
  'Algemeen maatschappelijk werk': {
    eligibility: 'Inwoners en gezinnen met persoonlijke, relationele of praktische problemen.',
    cost: { kind: 'free' },
    languages: ['nl', 'en'],
    applicationProcess: 'Bel Kern of meld u aan via de website.',
  },
  'Onafhankelijke cliëntondersteuning': {
    eligibility: 'Iedereen die een aanvraag doet voor Wmo, Jeugdwet of Wet langdurige zorg, en naasten.',
    cost: { kind: 'free' },
    languages: ['nl', 'en', 'dse'],
    applicationProcess: 'Bel MEE IJsseloevers; de cliëntondersteuner maakt een afspraak bij u thuis.',
  },
  'Wmo-loket': {
    eligibility: 'Inwoners van de gemeente Dalfsen die ondersteuning nodig hebben om thuis te blijven wonen.',
    cost: { kind: 'contribution', amount: 21.8, note: 'per vier weken, via het CAK' },
    languages: ['nl', 'en', 'de'],
    applicationProcess:
      'Doe een melding via het formulier op de website van de gemeente of bel het Wmo-loket; binnen zes weken volgt een gesprek.',
  },
  'Vrijwillige vervoersdienst': {
    eligibility: 'Leden van WonenPlus die niet zelf kunnen rijden of het openbaar vervoer niet kunnen gebruiken.',
    cost: { kind: 'contribution', amount: 0.35, note: 'per kilometer' },
    languages: ['nl'],
    applicationProcess: 'Vraag een rit minstens twee werkdagen vooraf aan bij het servicepunt.',
  },
  'Dagbesteding en ontmoeting': {
    eligibility: 'Ouderen met geheugenproblemen of dementie, en hun mantelzorgers (inloop zonder indicatie).',
    cost: { kind: 'contribution', note: 'dagbesteding met Wmo-indicatie; de inloop is gratis' },
    languages: ['nl', 'de'],
    applicationProcess: 'Maak een kennismakingsafspraak met de coördinator dagbesteding.',
  },
}
