/** The partner organisations named in the project documents, with invented contact details. */
export interface OrganisationSeed {
  name: string
  key: string
  short: string
  description: string[]
  kindOfHelp: 'formal' | 'informal' | 'both'
  themes: string[]
  targetGroups: string[]
  domains: string[]
  areasServed: string[]
  city: string
  postalCode: string
  referral: string
  contactPerson: string
  hours?: 'office' | 'mornings' | 'none'
  verifiedMonthsAgo: number
  status?: 'active' | 'inactive'
}

const dalfsen = ['gemeente Dalfsen', 'Dalfsen', 'Nieuwleusen', 'Lemelerveld']
const noordKop = ['gemeente Den Helder', 'gemeente Hollands Kroon', 'gemeente Schagen', 'Texel']

export const organisations: OrganisationSeed[] = [
  {
    name: 'Bibliotheek Dalfsen', key: 'bibliotheek', city: 'Dalfsen', postalCode: '7721 AA',
    short: 'Bibliotheek met Taalpunt en Digicafé: hulp bij lezen, schrijven, taal en digitale vaardigheden.',
    description: ['De Bibliotheek is initiatiefnemer van de Infopunten en biedt in alle drie de kernen een plek om te lezen, te leren en elkaar te ontmoeten.', 'Via het Taalpunt en het Digicafé helpen vrijwilligers inwoners die moeite hebben met taal of met de computer.'],
    kindOfHelp: 'both', themes: ['Taal en lezen', 'Digitale vaardigheden', 'Eenzaamheid'], targetGroups: ['everyone', 'newcomers', 'seniors'],
    domains: ['participation', 'other'], areasServed: dalfsen,
    referral: 'Loop samen met de inwoner even naar de balie van de bibliotheek, of mail de Taalpuntcoördinator met de vraag en een moment waarop de inwoner langs kan komen.',
    contactPerson: 'Anne Voorbeeld (coördinator Taalpunt)', hours: 'office', verifiedMonthsAgo: 2,
  },
  {
    name: 'Saam Welzijn', key: 'saamwelzijn', city: 'Dalfsen', postalCode: '7721 AB',
    short: 'Welzijnsorganisatie: ouderenadviseurs, mantelzorgondersteuning, vrijwilligerspunt en jongerenwerk.',
    description: ['Saam Welzijn is ontstaan uit Landstede Welzijn, SWOL en SMON en werkt in de hele gemeente Dalfsen.', 'Medewerkers van Saam Welzijn zijn de infopuntcoördinatoren en staan ook zelf achter de balie.'],
    kindOfHelp: 'both', themes: ['Mantelzorg', 'Eenzaamheid', 'Vrijwilligerswerk', 'Vervoer', 'Zorg thuis'], targetGroups: ['seniors', 'carers', 'youth', 'everyone'],
    domains: ['wmo', 'youth'], areasServed: dalfsen,
    referral: 'Bel het algemene nummer en vraag naar de ouderenadviseur of mantelzorgconsulent van de kern; met toestemming van de inwoner kun je ook mailen, dan wordt binnen twee werkdagen teruggebeld.',
    contactPerson: 'Peter Voorbeeld (teamleider)', hours: 'office', verifiedMonthsAgo: 1,
  },
  {
    name: 'Kulturhus de Spil', key: 'despil', city: 'Nieuwleusen', postalCode: '7711 AB',
    short: 'Kulturhus in Nieuwleusen met bibliotheek, ontmoetingsruimte, activiteiten en het Infopunt.',
    description: ['In de Spil zitten onder meer de bibliotheek, welzijnswerk en verenigingen. Er is een ontmoetingsruimte met koffie.'],
    kindOfHelp: 'informal', themes: ['Eenzaamheid', 'Vrijwilligerswerk'], targetGroups: ['everyone'], domains: ['other'],
    areasServed: ['Nieuwleusen'], referral: 'Wijs de inwoner op het activiteitenprogramma aan de balie van de Spil of bel de beheerder.',
    contactPerson: 'Marieke Voorbeeld (beheerder)', hours: 'office', verifiedMonthsAgo: 7,
  },
  {
    name: 'Kulturhus de Mozaïek', key: 'demozaiek', city: 'Lemelerveld', postalCode: '8151 AC',
    short: 'Kulturhus in Lemelerveld: ontmoeting, activiteiten, bibliotheek en het Infopunt.',
    description: ['De Mozaïek is het dorpshuis van Lemelerveld. Vrijwilligers van de Mozaïek staan ook achter de balie van het Infopunt.'],
    kindOfHelp: 'informal', themes: ['Eenzaamheid', 'Vrijwilligerswerk'], targetGroups: ['everyone'], domains: ['other'],
    areasServed: ['Lemelerveld'], referral: 'Loop even binnen bij de beheerder of bel; activiteiten staan ook op het prikbord bij de ingang.',
    contactPerson: 'Henk Voorbeeld (beheerder)', hours: 'office', verifiedMonthsAgo: 14,
  },
  {
    name: 'Kern Maatschappelijke Dienstverlening', key: 'kern', city: 'Dalfsen', postalCode: '7721 AC',
    short: 'Maatschappelijk werk en achterwacht van de Infopunten bij moeilijke of zorgelijke situaties.',
    description: ['Kern biedt algemeen maatschappelijk werk, schuldhulpverlening en cliëntondersteuning.', 'Kern bemenst de balie niet, maar is de achterwacht: bij een complexe of zorgelijke vraag kan de balie altijd overleggen.'],
    kindOfHelp: 'formal', themes: ['Schuldhulp', 'Huiselijk geweld', 'Werk en inkomen', 'Juridische vragen'], targetGroups: ['adults', 'youth', 'everyone'],
    domains: ['wmo', 'participation'], areasServed: dalfsen,
    referral: 'Bel bij twijfel altijd eerst de dienstdoende maatschappelijk werker (achterwacht). Voor een aanmelding: mail met toestemming van de inwoner een korte omschrijving van de vraag, zonder BSN.',
    contactPerson: 'Sanne Voorbeeld (maatschappelijk werker)', hours: 'office', verifiedMonthsAgo: 3,
  },
  {
    name: 'Humanitas Dalfsen', key: 'humanitas', city: 'Dalfsen', postalCode: '7721 AD',
    short: 'Vrijwilligers die gezinnen en volwassenen ondersteunen: Home-Start en Thuisadministratie.',
    description: ['Humanitas zet getrainde vrijwilligers in naast of in plaats van professionele hulp.', 'Home-Start ondersteunt gezinnen met jonge kinderen; Thuisadministratie helpt mensen hun post en geldzaken op orde te krijgen.'],
    kindOfHelp: 'informal', themes: ['Thuisadministratie', 'Opvoeden en opgroeien', 'Eenzaamheid'], targetGroups: ['youth', 'adults'],
    domains: ['youth', 'wmo'], areasServed: dalfsen,
    referral: 'Meld aan via de coördinator van het juiste programma (Home-Start of Thuisadministratie); de coördinator komt kennismaken bij de inwoner thuis.',
    contactPerson: 'Ingrid Voorbeeld (coördinator)', hours: 'mornings', verifiedMonthsAgo: 5,
  },
  {
    name: 'VluchtelingenWerk Oost Nederland', key: 'vluchtelingenwerk', city: 'Dalfsen', postalCode: '7721 AE',
    short: 'Begeleiding van statushouders en hun gezinnen bij wonen, werk, taal en regelgeving.',
    description: ['Vrijwilligers en medewerkers begeleiden nieuwkomers in hun eerste jaren in de gemeente.'],
    kindOfHelp: 'both', themes: ['Nieuwkomers', 'Taal en lezen', 'Juridische vragen'], targetGroups: ['newcomers'],
    domains: ['participation'], areasServed: dalfsen,
    referral: 'Vraag of de inwoner al een begeleider heeft; zo ja, mail die begeleider. Anders aanmelden via het spreekuur.',
    contactPerson: 'Yusuf Voorbeeld (teamleider)', hours: 'mornings', verifiedMonthsAgo: 9,
  },
  {
    name: 'MEE IJsseloevers', key: 'mee', city: 'Zwolle', postalCode: '8011 AA',
    short: 'Gratis onafhankelijke cliëntondersteuning voor mensen met een beperking en hun naasten.',
    description: ['MEE helpt bij vragen over leven met een beperking, zoals het aanvragen van zorg, school, werk en geld.', 'MEE verzorgt ook de training vraagverheldering voor de baliemedewerkers.'],
    kindOfHelp: 'formal', themes: ['Beperking', 'Zorg thuis', 'Opvoeden en opgroeien'], targetGroups: ['disability', 'carers', 'youth'],
    domains: ['wmo', 'youth', 'participation'], areasServed: [...dalfsen, 'gemeente Zwolle'],
    referral: 'Bel de cliëntondersteuner met de inwoner erbij, of mail met toestemming een korte vraag; MEE belt de inwoner terug.',
    contactPerson: 'Lotte Voorbeeld (cliëntondersteuner)', hours: 'office', verifiedMonthsAgo: 4,
  },
  {
    name: 'Gemeente Dalfsen – Wmo en Jeugd', key: 'gemeente', city: 'Dalfsen', postalCode: '7721 AF',
    short: 'Het sociaal team van de gemeente: Wmo-voorzieningen, jeugdhulp, bijstand en regelingen.',
    description: ['Voor maatwerkvoorzieningen (Wmo), jeugdhulp, de Participatiewet en minimaregelingen is de gemeente het loket.'],
    kindOfHelp: 'formal', themes: ['Zorg thuis', 'Werk en inkomen', 'Toeslagen en regelingen', 'Wonen', 'Opvoeden en opgroeien'],
    targetGroups: ['everyone'], domains: ['wmo', 'youth', 'participation'], areasServed: dalfsen,
    referral: 'Bel samen met de inwoner het sociaal team; een melding kan ook via het formulier op de website. Wijs op gratis cliëntondersteuning (MEE).',
    contactPerson: 'Klantcontactcentrum sociaal domein', hours: 'office', verifiedMonthsAgo: 6,
  },
  {
    name: 'Participatieraad Dalfsen', key: 'participatieraad', city: 'Dalfsen', postalCode: '7721 AG',
    short: 'Adviesraad van inwoners over het sociaal domein; verzamelt signalen voor de gemeente.',
    description: ['De Participatieraad adviseert de gemeente gevraagd en ongevraagd over Wmo, jeugd en participatie.'],
    kindOfHelp: 'informal', themes: ['Werk en inkomen', 'Zorg thuis'], targetGroups: ['everyone'], domains: ['wmo', 'participation'],
    areasServed: dalfsen, referral: 'Signalen over knelpunten kun je doorgeven aan de secretaris.',
    contactPerson: 'Secretaris Participatieraad', hours: 'none', verifiedMonthsAgo: 16,
  },
  {
    name: 'Rosengaerde', key: 'rosengaerde', city: 'Dalfsen', postalCode: '7721 AH',
    short: 'Wonen met zorg, dagbesteding en thuiszorg voor ouderen in Dalfsen.',
    description: ['Rosengaerde biedt verpleeghuiszorg, dagbesteding en zorg thuis voor ouderen.'],
    kindOfHelp: 'formal', themes: ['Zorg thuis', 'Dementie', 'Wonen'], targetGroups: ['seniors', 'carers'], domains: ['wmo'],
    areasServed: ['Dalfsen'], referral: 'Bel het cliëntenbureau voor informatie over dagbesteding of een rondleiding.',
    contactPerson: 'Cliëntenbureau', hours: 'office', verifiedMonthsAgo: 11,
  },
  {
    name: 'Carinova', key: 'carinova', city: 'Raalte', postalCode: '8102 AA',
    short: 'Wijkverpleging, thuiszorg en casemanagement dementie.',
    description: ['Wijkverpleegkundigen van Carinova komen bij mensen thuis en helpen ook bij de aanvraag van zorg.'],
    kindOfHelp: 'formal', themes: ['Zorg thuis', 'Dementie', 'Gezondheid'], targetGroups: ['seniors', 'adults'], domains: ['wmo'],
    areasServed: ['Lemelerveld', 'Nieuwleusen', 'gemeente Raalte'], referral: 'Voor wijkverpleging is geen verwijzing nodig: bel met de inwoner het wijkteam van de kern.',
    contactPerson: 'Wijkteam Lemelerveld', hours: 'office', verifiedMonthsAgo: 13,
  },
  {
    name: 'Zorggroep Raalte', key: 'zorggroepraalte', city: 'Raalte', postalCode: '8102 AB',
    short: 'Ouderenzorg, thuiszorg en dagbesteding, ook in Lemelerveld.',
    description: ['Zorggroep Raalte biedt wonen met zorg, thuiszorg en ontmoetingscentra voor mensen met dementie.'],
    kindOfHelp: 'formal', themes: ['Zorg thuis', 'Dementie', 'Mantelzorg'], targetGroups: ['seniors', 'carers'], domains: ['wmo'],
    areasServed: ['Lemelerveld', 'gemeente Raalte'], referral: 'Bel de zorgconsulent; zij plant een kennismakingsgesprek.',
    contactPerson: 'Zorgconsulent', hours: 'office', verifiedMonthsAgo: 19,
  },
  {
    name: 'de Veste', key: 'deveste', city: 'Dalfsen', postalCode: '7721 AJ',
    short: 'Woningcorporatie: huurwoningen, huurachterstand en woonproblemen.',
    description: ['De Veste verhuurt sociale huurwoningen in de gemeente en denkt mee bij betalingsachterstanden en overlast.'],
    kindOfHelp: 'formal', themes: ['Wonen', 'Schuldhulp'], targetGroups: ['everyone'], domains: ['other'], areasServed: dalfsen,
    referral: 'Bij huurachterstand: bel samen met de huurder de woonconsulent; hoe eerder hoe beter.',
    contactPerson: 'Woonconsulent', hours: 'office', verifiedMonthsAgo: 8,
  },
  {
    name: 'Rijnbrink', key: 'rijnbrink', city: 'Deventer', postalCode: '7411 AA',
    short: 'Ondersteunt bibliotheken; verzorgt de trainingen gastvrijheid en het digitale Infopunt.',
    description: ['Rijnbrink ontwikkelde samen met de Bibliotheek het digitale Infopunt en traint de baliemedewerkers.'],
    kindOfHelp: 'formal', themes: ['Digitale vaardigheden'], targetGroups: ['everyone'], domains: ['other'], areasServed: ['Overijssel', 'Gelderland'],
    referral: 'Alleen voor vragen van medewerkers over trainingen; niet voor inwoners.',
    contactPerson: 'Trainer digitaal Infopunt', hours: 'none', verifiedMonthsAgo: 10,
  },
  {
    name: "'s Heeren Loo", key: 'sheerenloo', city: 'Den Helder', postalCode: '1781 AA',
    short: 'Zorg en ondersteuning voor mensen met een verstandelijke beperking.',
    description: ["'s Heeren Loo zette in het project Netwerk Versterkt informele hulp in naast professionele zorg."],
    kindOfHelp: 'formal', themes: ['Beperking', 'Opvoeden en opgroeien'], targetGroups: ['disability', 'youth'], domains: ['youth', 'wmo'],
    areasServed: noordKop, referral: 'Aanmelden loopt via de gemeente (Wmo of Jeugd) of via de huisarts.',
    contactPerson: 'Cliëntservicebureau', hours: 'office', verifiedMonthsAgo: 12,
  },
  {
    name: 'Esdégé-Reigersdaal', key: 'esdege', city: 'Heerhugowaard', postalCode: '1701 AA',
    short: 'Ondersteuning van mensen met een verstandelijke beperking in Noord-Holland Noord.',
    description: ['Esdégé-Reigersdaal werkt met wonen, dagbesteding en ambulante begeleiding.'],
    kindOfHelp: 'formal', themes: ['Beperking'], targetGroups: ['disability'], domains: ['wmo', 'youth'], areasServed: noordKop,
    referral: 'Bel het aanmeldpunt; een indicatie van gemeente of Wlz is meestal nodig.', contactPerson: 'Aanmeldpunt', hours: 'office', verifiedMonthsAgo: 15,
  },
  {
    name: 'Parlan', key: 'parlan', city: 'Heerhugowaard', postalCode: '1701 AB',
    short: 'Jeugd- en opvoedhulp, ook met inzet van het eigen netwerk van het gezin.',
    description: ['Parlan biedt jeugdhulp en gezinsbegeleiding en betrekt het netwerk van het gezin bij de hulp.'],
    kindOfHelp: 'formal', themes: ['Opvoeden en opgroeien', 'Huiselijk geweld'], targetGroups: ['youth'], domains: ['youth'], areasServed: noordKop,
    referral: 'Verwijzing via het wijkteam jeugd van de gemeente of de huisarts.', contactPerson: 'Aanmeldteam jeugd', hours: 'office', verifiedMonthsAgo: 4,
  },
  {
    name: 'WonenPlus Welzijn', key: 'wonenplus', city: 'Schagen', postalCode: '1741 AA',
    short: 'Welzijn en zorgvrijwilligers: klussen, vervoer, boodschappen en bezoek.',
    description: ['Zorgvrijwilligers van WonenPlus Welzijn helpen inwoners om langer zelfstandig thuis te wonen.'],
    kindOfHelp: 'informal', themes: ['Vervoer', 'Eenzaamheid', 'Mantelzorg', 'Vrijwilligerswerk'], targetGroups: ['seniors', 'carers'],
    domains: ['wmo'], areasServed: noordKop, referral: 'Vraag een zorgvrijwilliger aan via de servicelijn.', contactPerson: 'Servicelijn', hours: 'mornings', verifiedMonthsAgo: 2,
  },
  {
    name: 'MEE & de Wering', key: 'meedewering', city: 'Alkmaar', postalCode: '1811 AA',
    short: 'Cliëntondersteuning en zorgvrijwilligers in Noord-Holland Noord.',
    description: ['MEE & de Wering biedt cliëntondersteuning, maatschappelijk werk en vrijwillige thuishulp.'],
    kindOfHelp: 'both', themes: ['Beperking', 'Mantelzorg', 'Schuldhulp'], targetGroups: ['disability', 'carers', 'adults'],
    domains: ['wmo', 'participation'], areasServed: noordKop, referral: 'Bel het aanmeldpunt of mail met toestemming van de inwoner.',
    contactPerson: 'Aanmeldpunt', hours: 'office', verifiedMonthsAgo: 6,
  },
  {
    name: 'Noordkopvoorelkaar.nl', key: 'noordkopvoorelkaar', city: 'Den Helder', postalCode: '1781 AB',
    short: 'Online platform voor vrijwillige hulpvragen en hulpaanbod in de Kop van Noord-Holland.',
    description: ['Op het platform plaatsen inwoners en organisaties hulpvragen, en melden vrijwilligers zich aan.'],
    kindOfHelp: 'informal', themes: ['Vrijwilligerswerk', 'Eenzaamheid'], targetGroups: ['everyone'], domains: ['other'], areasServed: noordKop,
    referral: 'Help de inwoner om zelf een hulpvraag te plaatsen op het platform, of bel de makelaar.', contactPerson: 'Vrijwilligersmakelaar', hours: 'none', verifiedMonthsAgo: 20,
  },
  {
    name: 'SWOL (opgegaan in Saam Welzijn)', key: 'swol', city: 'Dalfsen', postalCode: '7721 AK', status: 'inactive',
    short: 'Voormalige welzijnsorganisatie; verwijs naar Saam Welzijn.',
    description: ['SWOL is gefuseerd tot Saam Welzijn. Deze vermelding blijft bewaard voor oude registraties.'],
    kindOfHelp: 'both', themes: ['Eenzaamheid'], targetGroups: ['seniors'], domains: ['wmo'], areasServed: ['Lemelerveld'],
    referral: 'Verwijs naar Saam Welzijn.', contactPerson: '—', hours: 'none', verifiedMonthsAgo: 30,
  },
]

export interface ServiceSeed {
  organisation: string
  name: string
  description: string
  kindOfHelp: 'formal' | 'informal' | 'both'
  themes: string[]
  targetGroups: string[]
  domains: string[]
  referral: string
}

export const services: ServiceSeed[] = [
  { organisation: 'humanitas', name: 'Home-Start', kindOfHelp: 'informal', themes: ['Opvoeden en opgroeien', 'Eenzaamheid'], targetGroups: ['youth'], domains: ['youth'],
    description: 'Een getrainde vrijwilliger komt wekelijks bij gezinnen met ten minste één kind tot en met 6 jaar, voor steun, vriendschap en praktische hulp.',
    referral: 'Mail de coördinator Home-Start met toestemming van de ouder; zij komt binnen twee weken op huisbezoek.' },
  { organisation: 'humanitas', name: 'Thuisadministratie', kindOfHelp: 'informal', themes: ['Thuisadministratie', 'Schuldhulp'], targetGroups: ['adults', 'seniors'], domains: ['participation'],
    description: 'Een vrijwilliger helpt een jaar lang om post, rekeningen en formulieren op orde te krijgen en te houden.',
    referral: 'Aanmelden via de coördinator Thuisadministratie; bij grote schulden eerst overleggen met Kern (schuldhulp).' },
  { organisation: 'saamwelzijn', name: 'Ouderenadviseur', kindOfHelp: 'formal', themes: ['Zorg thuis', 'Wonen', 'Eenzaamheid'], targetGroups: ['seniors'], domains: ['wmo'],
    description: 'De ouderenadviseur denkt mee over langer zelfstandig wonen, zorg, vervoer en het invullen van formulieren.',
    referral: 'Bel de ouderenadviseur van de kern; huisbezoek is mogelijk.' },
  { organisation: 'saamwelzijn', name: 'Mantelzorgondersteuning', kindOfHelp: 'both', themes: ['Mantelzorg'], targetGroups: ['carers'], domains: ['wmo'],
    description: 'Informatie, advies en lotgenotencontact voor mantelzorgers, en respijtzorg door vrijwilligers.',
    referral: 'Mail of bel de mantelzorgconsulent; zij belt de mantelzorger binnen een week.' },
  { organisation: 'saamwelzijn', name: 'Vrijwilligerspunt', kindOfHelp: 'informal', themes: ['Vrijwilligerswerk'], targetGroups: ['everyone'], domains: ['participation'],
    description: 'Vacaturebank en advies voor wie vrijwilligerswerk zoekt, en voor organisaties die vrijwilligers zoeken.',
    referral: 'Verwijs naar het spreekuur van het Vrijwilligerspunt of de vacaturebank.' },
  { organisation: 'bibliotheek', name: 'Taalpunt', kindOfHelp: 'informal', themes: ['Taal en lezen'], targetGroups: ['adults', 'newcomers'], domains: ['participation'],
    description: 'Gratis hulp bij beter leren lezen, schrijven en Nederlands spreken, met taalmaatjes en oefengroepen.',
    referral: 'Maak met de inwoner een afspraak voor een intakegesprek bij het Taalpunt.' },
  { organisation: 'bibliotheek', name: 'Digicafé', kindOfHelp: 'informal', themes: ['Digitale vaardigheden'], targetGroups: ['seniors', 'everyone'], domains: ['other'],
    description: 'Vrijwilligers helpen met de smartphone, DigiD, e-mail en online formulieren.',
    referral: 'Inloop op woensdagmiddag; voor DigiD-hulp moet de inwoner zelf aanwezig zijn.' },
  { organisation: 'vluchtelingenwerk', name: 'Maatschappelijke begeleiding statushouders', kindOfHelp: 'both', themes: ['Nieuwkomers', 'Toeslagen en regelingen'], targetGroups: ['newcomers'], domains: ['participation'],
    description: 'Begeleiding van statushouders in de eerste twee jaar: wonen, toeslagen, zorgverzekering en inburgering.',
    referral: 'Mail de teamleider met de naam van de begeleider als die bekend is.' },
  { organisation: 'kern', name: 'Schuldhulpverlening', kindOfHelp: 'formal', themes: ['Schuldhulp'], targetGroups: ['adults'], domains: ['participation'],
    description: 'Hulp bij problematische schulden: overzicht maken, afspraken met schuldeisers en een schuldregeling.',
    referral: 'Aanmelden met toestemming van de inwoner; bij een dreigende huisuitzetting of afsluiting direct bellen.' },
  { organisation: 'kern', name: 'Algemeen maatschappelijk werk', kindOfHelp: 'formal', themes: ['Huiselijk geweld', 'Gezondheid', 'Juridische vragen'], targetGroups: ['adults', 'youth'], domains: ['wmo'],
    description: 'Kortdurende hulp bij persoonlijke, relationele en praktische problemen.',
    referral: 'Bel de achterwacht voor overleg; aanmelden kan telefonisch of per mail.' },
]
