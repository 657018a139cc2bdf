/** Distinct offers of partner organisations (keys refer to `organisations`). */
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
  {
    organisation: 'humanitas',
    name: 'Home-Start',
    kindOfHelp: 'informal',
    themes: ['Opvoeden en opgroeien', 'Eenzaamheid'],
    targetGroups: ['youth'],
    domains: ['youth'],
    description:
      'Een getrainde vrijwilliger komt wekelijks bij gezinnen met ten minste één kind tot en met 6 jaar, voor steun, vriendschap en praktische hulp.',
    referral: 'Mail de coördinator Home-Start met toestemming van de ouder; zij komt binnen twee weken op huisbezoek.',
  },
  {
    organisation: 'humanitas',
    name: 'Thuisadministratie',
    kindOfHelp: 'informal',
    themes: ['Thuisadministratie', 'Schuldhulp'],
    targetGroups: ['adults', 'seniors'],
    domains: ['participation'],
    description:
      'Een vrijwilliger helpt een jaar lang om post, rekeningen en formulieren op orde te krijgen en te houden.',
    referral:
      'Aanmelden via de coördinator Thuisadministratie; bij grote schulden eerst overleggen met Kern (schuldhulp).',
  },
  {
    organisation: 'saamwelzijn',
    name: 'Ouderenadviseur',
    kindOfHelp: 'formal',
    themes: ['Zorg thuis', 'Wonen', 'Eenzaamheid'],
    targetGroups: ['seniors'],
    domains: ['wmo'],
    description:
      'De ouderenadviseur denkt mee over langer zelfstandig wonen, zorg, vervoer en het invullen van formulieren.',
    referral: 'Bel de ouderenadviseur van de kern; huisbezoek is mogelijk.',
  },
  {
    organisation: 'saamwelzijn',
    name: 'Mantelzorgondersteuning',
    kindOfHelp: 'both',
    themes: ['Mantelzorg'],
    targetGroups: ['carers'],
    domains: ['wmo'],
    description: 'Informatie, advies en lotgenotencontact voor mantelzorgers, en respijtzorg door vrijwilligers.',
    referral: 'Mail of bel de mantelzorgconsulent; zij belt de mantelzorger binnen een week.',
  },
  {
    organisation: 'saamwelzijn',
    name: 'Vrijwilligerspunt',
    kindOfHelp: 'informal',
    themes: ['Vrijwilligerswerk'],
    targetGroups: ['everyone'],
    domains: ['participation'],
    description:
      'Vacaturebank en advies voor wie vrijwilligerswerk zoekt, en voor organisaties die vrijwilligers zoeken.',
    referral: 'Verwijs naar het spreekuur van het Vrijwilligerspunt of de vacaturebank.',
  },
  {
    organisation: 'bibliotheek',
    name: 'Taalpunt',
    kindOfHelp: 'informal',
    themes: ['Taal en lezen'],
    targetGroups: ['adults', 'newcomers'],
    domains: ['participation'],
    description: 'Gratis hulp bij beter leren lezen, schrijven en Nederlands spreken, met taalmaatjes en oefengroepen.',
    referral: 'Maak met de inwoner een afspraak voor een intakegesprek bij het Taalpunt.',
  },
  {
    organisation: 'bibliotheek',
    name: 'Digicafé',
    kindOfHelp: 'informal',
    themes: ['Digitale vaardigheden'],
    targetGroups: ['seniors', 'everyone'],
    domains: ['other'],
    description: 'Vrijwilligers helpen met de smartphone, DigiD, e-mail en online formulieren.',
    referral: 'Inloop op woensdagmiddag; voor DigiD-hulp moet de inwoner zelf aanwezig zijn.',
  },
  {
    organisation: 'vluchtelingenwerk',
    name: 'Maatschappelijke begeleiding statushouders',
    kindOfHelp: 'both',
    themes: ['Nieuwkomers', 'Toeslagen en regelingen'],
    targetGroups: ['newcomers'],
    domains: ['participation'],
    description:
      'Begeleiding van statushouders in de eerste twee jaar: wonen, toeslagen, zorgverzekering en inburgering.',
    referral: 'Mail de teamleider met de naam van de begeleider als die bekend is.',
  },
  {
    organisation: 'kern',
    name: 'Schuldhulpverlening',
    kindOfHelp: 'formal',
    themes: ['Schuldhulp'],
    targetGroups: ['adults'],
    domains: ['participation'],
    description: 'Hulp bij problematische schulden: overzicht maken, afspraken met schuldeisers en een schuldregeling.',
    referral: 'Aanmelden met toestemming van de inwoner; bij een dreigende huisuitzetting of afsluiting direct bellen.',
  },
  {
    organisation: 'kern',
    name: 'Algemeen maatschappelijk werk',
    kindOfHelp: 'formal',
    themes: ['Huiselijk geweld', 'Gezondheid', 'Juridische vragen'],
    targetGroups: ['adults', 'youth'],
    domains: ['wmo'],
    description: 'Kortdurende hulp bij persoonlijke, relationele en praktische problemen.',
    referral: 'Bel de achterwacht voor overleg; aanmelden kan telefonisch of per mail.',
  },
  {
    organisation: 'mee',
    name: 'Onafhankelijke cliëntondersteuning',
    kindOfHelp: 'formal',
    themes: ['Beperking', 'Zorg thuis'],
    targetGroups: ['disability', 'carers', 'adults'],
    domains: ['wmo', 'youth'],
    description:
      'Een cliëntondersteuner helpt gratis bij het voorbereiden van het keukentafelgesprek, bij aanvragen en bij bezwaar.',
    referral: 'Bel met de inwoner erbij de cliëntondersteuner; die maakt zelf een afspraak voor een huisbezoek.',
  },
  {
    organisation: 'gemeente',
    name: 'Wmo-loket',
    kindOfHelp: 'formal',
    themes: ['Zorg thuis', 'Vervoer', 'Wonen'],
    targetGroups: ['adults', 'seniors', 'disability'],
    domains: ['wmo'],
    description:
      'Melding doen voor ondersteuning: huishoudelijke hulp, woningaanpassing, vervoer, dagbesteding en begeleiding.',
    referral:
      'Help de inwoner met de melding via het formulier of bel samen het Wmo-loket; binnen zes weken volgt een gesprek.',
  },
  {
    organisation: 'wonenplus',
    name: 'Vrijwillige vervoersdienst',
    kindOfHelp: 'informal',
    themes: ['Vervoer', 'Eenzaamheid'],
    targetGroups: ['seniors'],
    domains: ['wmo'],
    description:
      'Vrijwilligers rijden ouderen tegen een kleine vergoeding naar het ziekenhuis, de huisarts of familie.',
    referral: 'Rit minstens twee werkdagen vooraf aanvragen bij het servicepunt.',
  },
  {
    organisation: 'rosengaerde',
    name: 'Dagbesteding en ontmoeting',
    kindOfHelp: 'both',
    themes: ['Dementie', 'Eenzaamheid', 'Mantelzorg'],
    targetGroups: ['seniors', 'carers'],
    domains: ['wmo'],
    description: 'Dagbesteding voor ouderen met geheugenproblemen en een inloop voor mantelzorgers.',
    referral: 'Eerst een kennismaking afspreken met de coördinator dagbesteding; een Wmo-indicatie volgt later.',
  },
]
