/** Short registration summaries per theme, written the way desk workers do: no personal data. */
export const summaries: Record<string, string[]> = {
  'Toeslagen en regelingen': [
    'Vraag over aanvragen huurtoeslag, uitgelegd hoe het werkt.',
    'Samen de proefberekening zorgtoeslag gedaan.',
    'Informatie gegeven over de meedoenregeling van de gemeente.',
    'Vraag over kwijtschelding gemeentelijke belastingen; formulier meegegeven.',
  ],
  'Digitale vaardigheden': [
    'Hulp gevraagd bij het activeren van DigiD; verwezen naar het Digicafé.',
    'Uitleg over inloggen bij de zorgverzekeraar via de app.',
    'Vraag hoe je een afspraak maakt via de website van de huisarts.',
  ],
  Schuldhulp: [
    'Betalingsachterstanden bij meerdere instanties; met toestemming aangemeld bij schuldhulp.',
    'Brief van deurwaarder ontvangen, samen de achterwacht gebeld.',
    'Geldzorgen door hogere energierekening; GeldFit-test samen gedaan.',
  ],
  Thuisadministratie: [
    'Stapel ongeopende post; vrijwilliger thuisadministratie aangevraagd.',
    'Hulp gevraagd bij het ordenen van rekeningen na overlijden partner.',
  ],
  'Werk en inkomen': [
    'Vraag over de gevolgen van parttime werk voor de uitkering.',
    'Informatie over re-integratie en het werkplein gegeven.',
  ],
  'Zorg thuis': [
    'Vraag naar huishoudelijke hulp na ziekenhuisopname; melding Wmo uitgelegd.',
    'Informatie over maaltijdservice gegeven.',
    'Vraag over hulpmiddelen voor in de badkamer; uitleenpunt genoemd.',
  ],
  Mantelzorg: [
    'Mantelzorger voelt zich overbelast; doorverwezen naar mantelzorgconsulent.',
    'Vraag over respijtzorg voor een weekend.',
    'Informatie over de mantelzorgwaardering van de gemeente.',
  ],
  Eenzaamheid: [
    'Inwoner zoekt contact met leeftijdsgenoten; activiteitenprogramma meegegeven.',
    'Belangstelling voor een maatje via vrijwilligers.',
  ],
  Wonen: ['Vraag over woningaanpassing (traplift) via de Wmo.', 'Huurachterstand; woonconsulent gebeld.'],
  'Taal en lezen': [
    'Wil beter leren schrijven voor werk; intake Taalpunt afgesproken.',
    'Vraag naar een taalmaatje om Nederlands te oefenen.',
  ],
  Vervoer: [
    'Vraag over de regiotaxi en de Wmo-pas.',
    'Zoekt vervoer naar het ziekenhuis; vrijwillige vervoersdienst genoemd.',
  ],
  'Opvoeden en opgroeien': [
    'Ouder met vragen over slaapproblemen van peuter; Home-Start toegelicht.',
    'Vraag over ondersteuning bij een puber die niet naar school gaat.',
  ],
  Dementie: ['Naaste maakt zich zorgen over vergeetachtigheid; huisarts en casemanager dementie uitgelegd.'],
  'Huiselijk geweld': ['Zorgen over de veiligheid thuis; samen met de achterwacht overlegd en Veilig Thuis genoemd.'],
  Nieuwkomers: [
    'Vraag over een brief van de Belastingdienst; samen uitgelegd met VluchtelingenWerk.',
    'Informatie over inburgering en taalles gegeven.',
  ],
  Vrijwilligerswerk: ['Wil vrijwilligerswerk doen; vacaturebank van het Vrijwilligerspunt laten zien.'],
  Gezondheid: [
    'Vraag over beweegaanbod voor ouderen in de kern.',
    'Somberheid; gesprek gevoerd en huisarts aangeraden.',
  ],
  'Juridische vragen': ['Vraag over bezwaar tegen een beschikking; Juridisch Loket genoemd.'],
  Beperking: ['Vraag over cliëntondersteuning bij het keukentafelgesprek.', 'Informatie over een pgb gegeven.'],
}
