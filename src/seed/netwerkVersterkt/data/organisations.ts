import type { OrganisationSeed } from '../../data/organisations'
import type { ServiceSeed } from '../../data/services'

export interface PartnerSeed extends OrganisationSeed {
  /** The organisation's real public website; left out when not known. */
  website?: string
}

const noordkop = ['gemeente Den Helder', 'gemeente Hollands Kroon', 'gemeente Schagen', 'gemeente Texel']

/**
 * The partners named in the council letter: the care organisations whose professionals deployed
 * informal help (formal), and the volunteers they deployed (informal). Seed 000 has these
 * organisations too, in its own network; the regional names keep names and slugs apart.
 */
export const organisations: PartnerSeed[] = [
  {
    name: "'s Heeren Loo Kop van Noord-Holland",
    key: 'sheerenloo',
    city: 'Den Helder',
    postalCode: '1781 AA',
    short: 'Zorg en ondersteuning voor mensen met een verstandelijke beperking: thuis, in de wijk en op woonlocaties.',
    description: [
      "Begeleiders van 's Heeren Loo zetten in het project Netwerk Versterkt een jaar lang informele hulp in naast hun professionele zorg.",
      'Het netwerk van de cliënt en vrijwilligers zijn sindsdien een vast onderdeel van het ondersteuningsplan.',
    ],
    kindOfHelp: 'formal',
    themes: ['Beperking', 'Opvoeden en opgroeien'],
    targetGroups: ['disability', 'youth', 'adults'],
    domains: ['youth', 'wmo'],
    areasServed: noordkop,
    referral:
      'Aanmelden loopt via het sociaal team of het jeugdteam van de gemeente, of via de huisarts. Bel voor informatie samen met de inwoner het cliëntservicebureau.',
    contactPerson: 'Mirjam Voorbeeld (cliëntservicebureau)',
    hours: 'office',
    verifiedMonthsAgo: 3,
    website: 'https://www.sheerenloo.nl',
  },
  {
    name: 'Esdégé-Reigersdaal Kop van Noord-Holland',
    key: 'esdege',
    city: 'Schagen',
    postalCode: '1741 AB',
    short: 'Wonen, dagbesteding en ambulante begeleiding voor mensen met een verstandelijke of meervoudige beperking.',
    description: [
      'Esdégé-Reigersdaal werkt vanuit kleinschalige locaties in de wijken en met begeleiding bij mensen thuis.',
      'In Netwerk Versterkt zetten de begeleiders vrijwilligers en het eigen netwerk van de cliënt in naast hun eigen ondersteuning.',
    ],
    kindOfHelp: 'formal',
    themes: ['Beperking'],
    targetGroups: ['disability', 'youth', 'adults'],
    domains: ['wmo', 'youth'],
    areasServed: noordkop,
    referral:
      'Bel het aanmeldpunt; voor de meeste ondersteuning is een indicatie van de gemeente (Wmo of Jeugd) of de Wlz nodig.',
    contactPerson: 'Wendy Voorbeeld (aanmeldpunt)',
    hours: 'office',
    verifiedMonthsAgo: 5,
    website: 'https://www.esdege-reigersdaal.nl',
  },
  {
    name: 'Parlan Kop van Noord-Holland',
    key: 'parlan',
    city: 'Den Helder',
    postalCode: '1782 AB',
    short: 'Jeugd- en opvoedhulp en gezinsbegeleiding, met het netwerk van het gezin erbij.',
    description: [
      'Parlan biedt jeugd- en opvoedhulp, van begeleiding thuis tot pleegzorg.',
      'In Netwerk Versterkt leerden de hulpverleners van Parlan vanaf de start van een traject te zoeken naar steun in de omgeving van het gezin en naar vrijwilligers, zoals die van Home-Start.',
    ],
    kindOfHelp: 'formal',
    themes: ['Opvoeden en opgroeien', 'Huiselijk geweld'],
    targetGroups: ['youth'],
    domains: ['youth'],
    areasServed: noordkop,
    referral:
      'Verwijzing via het jeugdteam van de gemeente, de huisarts of de jeugdarts; overleg bij twijfel met het aanmeldteam.',
    contactPerson: 'Dennis Voorbeeld (aanmeldteam jeugd)',
    hours: 'office',
    verifiedMonthsAgo: 2,
    website: 'https://www.parlan.nl',
  },
  {
    name: 'WonenPlus Welzijn Kop van Noord-Holland',
    key: 'wonenplus',
    city: 'Schagen',
    postalCode: '1741 AA',
    short: 'Zorgvrijwilligers voor bezoek, vervoer, klussen en boodschappen, zodat inwoners langer thuis kunnen wonen.',
    description: [
      'De zorgvrijwilligers van WonenPlus Welzijn helpen inwoners die het zelf of met hun eigen netwerk niet meer redden.',
      'In Netwerk Versterkt kwamen steeds meer cliënten van de zorgorganisaties bij een zorgvrijwilliger terecht.',
    ],
    kindOfHelp: 'informal',
    themes: ['Eenzaamheid', 'Mantelzorg', 'Vervoer', 'Zorg thuis'],
    targetGroups: ['seniors', 'carers', 'disability'],
    domains: ['wmo'],
    areasServed: noordkop,
    referral:
      'Meld de hulpvraag met toestemming van de inwoner bij de servicelijn; een consulent komt kennismaken en zoekt een passende vrijwilliger.',
    contactPerson: 'Truus Voorbeeld (consulent servicelijn)',
    hours: 'mornings',
    verifiedMonthsAgo: 1,
    website: 'https://www.wonenpluswelzijn.nl',
  },
  {
    name: 'MEE & de Wering Kop van Noord-Holland',
    key: 'meedewering',
    city: 'Den Helder',
    postalCode: '1783 AC',
    short: 'Cliëntondersteuning, maatschappelijk werk en zorgvrijwilligers voor wie (tijdelijk) steun nodig heeft.',
    description: [
      'Professionals van MEE & de Wering bieden gratis cliëntondersteuning en maatschappelijk werk; de zorgvrijwilligers bieden praktische steun en gezelschap.',
      'MEE & de Wering is de achterwacht van de Infopunten bij een moeilijke of zorgelijke vraag.',
    ],
    kindOfHelp: 'both',
    themes: ['Beperking', 'Mantelzorg', 'Opvoeden en opgroeien', 'Schuldhulp'],
    targetGroups: ['disability', 'carers', 'youth', 'adults'],
    domains: ['wmo', 'youth', 'participation'],
    areasServed: noordkop,
    referral:
      'Bel het aanmeldpunt met de inwoner erbij, of mail met toestemming een korte omschrijving van de vraag, zonder BSN.',
    contactPerson: 'Hans Voorbeeld (aanmeldpunt)',
    hours: 'office',
    verifiedMonthsAgo: 4,
  },
  {
    name: 'Humanitas Home-Start Kop van Noord-Holland',
    key: 'homestart',
    city: 'Den Helder',
    postalCode: '1784 AD',
    short: 'Getrainde vrijwilligers die gezinnen met jonge kinderen thuis ondersteunen.',
    description: [
      'Een vrijwilliger van Home-Start komt wekelijks bij een gezin met ten minste één kind tot en met zes jaar: voor een luisterend oor, praktische hulp en steun bij de opvoeding.',
      'In Netwerk Versterkt ondersteunde Home-Start steeds meer gezinnen die ook hulp kregen van Parlan of de andere zorgorganisaties.',
    ],
    kindOfHelp: 'informal',
    themes: ['Opvoeden en opgroeien', 'Eenzaamheid'],
    targetGroups: ['youth'],
    domains: ['youth'],
    areasServed: noordkop,
    referral:
      'Meld het gezin met toestemming van de ouders aan bij de coördinator; zij komt op huisbezoek en zoekt er een vrijwilliger bij.',
    contactPerson: 'Ingrid Voorbeeld (coördinator Home-Start)',
    hours: 'mornings',
    verifiedMonthsAgo: 6,
    website: 'https://www.humanitas.nl',
  },
  {
    name: 'Noordkopvoorelkaar',
    key: 'noordkopvoorelkaar',
    city: 'Den Helder',
    postalCode: '1785 AE',
    short: 'Online platform waar inwoners en organisaties hulpvragen plaatsen en vrijwilligers zich aanmelden.',
    description: [
      'Op noordkopvoorelkaar.nl zoeken inwoners en organisaties een vrijwilliger voor een concrete hulpvraag, en vinden vrijwilligers vrijwilligerswerk in de Kop van Noord-Holland.',
      'De organisaties van Netwerk Versterkt werven hier hun nieuwe vrijwilligers.',
    ],
    kindOfHelp: 'informal',
    themes: ['Vrijwilligerswerk', 'Eenzaamheid', 'Mantelzorg', 'Opvoeden en opgroeien'],
    targetGroups: ['everyone'],
    domains: ['wmo', 'youth', 'participation'],
    areasServed: noordkop,
    referral:
      'Plaats samen met de inwoner een hulpvraag op het platform, of bel de vrijwilligersmakelaar als dat niet lukt.',
    contactPerson: 'Sven Voorbeeld (vrijwilligersmakelaar)',
    hours: 'none',
    verifiedMonthsAgo: 8,
    website: 'https://www.noordkopvoorelkaar.nl',
  },
  {
    // Not a partner of the project: a regional organisation, which Infopunten Dalfsen offers too.
    name: 'Het Juridisch Loket',
    key: 'juridischloket',
    city: 'Den Helder',
    postalCode: '1781 AC',
    short: 'Gratis juridisch advies over bijvoorbeeld werk, huur, schulden, uitkeringen en scheiding.',
    description: [
      'Het Juridisch Loket helpt mensen met een laag inkomen gratis bij juridische vragen, aan de telefoon, online en op spreekuren in de regio.',
      'Als het nodig is, verwijzen de juristen door naar een advocaat of mediator, met een toevoeging van de Raad voor Rechtsbijstand.',
    ],
    kindOfHelp: 'formal',
    themes: ['Geld', 'Schuldhulp', 'Werk en inkomen'],
    targetGroups: ['everyone'],
    domains: ['participation'],
    areasServed: ['heel Nederland'],
    referral:
      'Bel samen met de inwoner 0900-8020 (lokaal tarief), of maak een afspraak voor het spreekuur in Den Helder. Laat de inwoner de papieren over de kwestie meenemen.',
    contactPerson: 'Karin Voorbeeld (spreekuur Den Helder)',
    hours: 'office',
    verifiedMonthsAgo: 2,
    website: 'https://www.juridischloket.nl',
    regional: true,
  },
]

/** A service or two per partner; names that differ from seed 000's, so their slugs do too. */
export const services: ServiceSeed[] = [
  {
    organisation: 'sheerenloo',
    name: 'Ambulante begeleiding met het eigen netwerk',
    kindOfHelp: 'formal',
    themes: ['Beperking'],
    targetGroups: ['disability', 'adults', 'youth'],
    domains: ['wmo', 'youth'],
    description:
      'Begeleiding thuis bij wonen, werk, geld en contacten; de begeleider betrekt familie, buren en vrijwilligers erbij.',
    referral:
      'Met een indicatie van de gemeente; na de aanmelding zoekt de begeleider samen met de cliënt steun in diens netwerk.',
  },
  {
    organisation: 'esdege',
    name: 'Dagbesteding en logeren',
    kindOfHelp: 'formal',
    themes: ['Beperking', 'Mantelzorg'],
    targetGroups: ['disability', 'youth', 'carers'],
    domains: ['wmo', 'youth'],
    description: 'Dagbesteding in de buurt en logeeropvang die ouders en andere mantelzorgers ontlast.',
    referral: 'Aanmelden via het aanmeldpunt, met een indicatie van de gemeente of de Wlz.',
  },
  {
    organisation: 'parlan',
    name: 'Gezinsbegeleiding',
    kindOfHelp: 'formal',
    themes: ['Opvoeden en opgroeien'],
    targetGroups: ['youth'],
    domains: ['youth'],
    description:
      'Een gezinsbegeleider werkt thuis met ouders en kinderen aan hun vragen over opvoeden en opgroeien, en zoekt met het gezin wie uit de omgeving kan meehelpen.',
    referral: 'Via het jeugdteam van de gemeente of de huisarts.',
  },
  {
    organisation: 'wonenplus',
    name: 'Zorgvrijwilliger aan huis',
    kindOfHelp: 'informal',
    themes: ['Eenzaamheid', 'Mantelzorg'],
    targetGroups: ['seniors', 'carers'],
    domains: ['wmo'],
    description:
      'Een vaste vrijwilliger komt op bezoek, gaat mee naar buiten of neemt de zorg een dagdeel over, zodat de mantelzorger even vrij is.',
    referral: 'Aanvragen via de servicelijn.',
  },
  {
    organisation: 'wonenplus',
    name: 'Klussen, vervoer en boodschappen',
    kindOfHelp: 'informal',
    themes: ['Vervoer', 'Zorg thuis'],
    targetGroups: ['seniors', 'disability'],
    domains: ['wmo'],
    description:
      'Vrijwilligers doen kleine klussen in huis, rijden naar de huisarts of het ziekenhuis en doen boodschappen, tegen een kleine vergoeding.',
    referral: 'Minstens twee werkdagen vooraf aanvragen bij de servicelijn.',
  },
  {
    organisation: 'meedewering',
    name: 'Cliëntondersteuning en maatschappelijk werk',
    kindOfHelp: 'formal',
    themes: ['Beperking', 'Schuldhulp'],
    targetGroups: ['disability', 'adults'],
    domains: ['wmo', 'participation'],
    description:
      'Gratis, onafhankelijke hulp bij het aanvragen van zorg en ondersteuning, bij geldzorgen en bij problemen die zich opstapelen.',
    referral: 'Bel het aanmeldpunt met de inwoner erbij; er wordt binnen twee werkdagen teruggebeld.',
  },
  {
    organisation: 'meedewering',
    name: 'Zorgvrijwilligers',
    kindOfHelp: 'informal',
    themes: ['Mantelzorg', 'Beperking'],
    targetGroups: ['disability', 'carers', 'youth'],
    domains: ['wmo', 'youth'],
    description:
      'Getrainde vrijwilligers ondersteunen mensen met een beperking en hun mantelzorgers: als maatje, bij een uitje of bij praktische zaken.',
    referral: 'Mail de coördinator zorgvrijwilligers met toestemming van de inwoner.',
  },
  {
    organisation: 'homestart',
    name: 'Home-Start gezinsondersteuning',
    kindOfHelp: 'informal',
    themes: ['Opvoeden en opgroeien'],
    targetGroups: ['youth'],
    domains: ['youth'],
    description:
      'Een getrainde vrijwilliger komt wekelijks bij gezinnen met ten minste één kind tot en met zes jaar, voor steun, vriendschap en praktische hulp.',
    referral: 'Aanmelden bij de coördinator; ouders kunnen zich ook zelf aanmelden.',
  },
  {
    organisation: 'noordkopvoorelkaar',
    name: 'Hulpvraag plaatsen',
    kindOfHelp: 'informal',
    themes: ['Vrijwilligerswerk', 'Eenzaamheid'],
    targetGroups: ['everyone'],
    domains: ['wmo', 'youth'],
    description:
      'Een inwoner of hulpverlener plaatst een concrete hulpvraag, zoals een maatje, hulp in de tuin of een ritje; vrijwilligers uit de buurt reageren.',
    referral:
      'Plaats de vraag samen met de inwoner op het platform; de makelaar helpt als er na twee weken geen reactie is.',
  },
  {
    organisation: 'noordkopvoorelkaar',
    name: 'Vrijwilligerswerk vinden',
    kindOfHelp: 'informal',
    themes: ['Vrijwilligerswerk'],
    targetGroups: ['everyone'],
    domains: ['participation'],
    description: 'Vacatures voor vrijwilligerswerk in Den Helder, Hollands Kroon, Schagen en Texel.',
    referral: 'Wijs de inwoner de weg op het platform, of maak een afspraak met de vrijwilligersmakelaar.',
  },
]
