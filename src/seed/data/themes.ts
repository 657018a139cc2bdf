/** Themes of help questions, with the words residents and desk workers actually use. */
export interface ThemeSeed {
  name: string
  description: string
  synonyms: string[]
  parent?: string
}

export const themes: ThemeSeed[] = [
  {
    name: 'Geld',
    description: 'Inkomen, schulden, toeslagen en administratie.',
    synonyms: ['financiën', 'rondkomen', 'armoede'],
  },
  {
    name: 'Schuldhulp',
    parent: 'Geld',
    description: 'Hulp bij schulden en betalingsachterstanden.',
    synonyms: ['schulden', 'rood staan', 'betalingsachterstand', 'geldzorgen', 'deurwaarder', 'incasso'],
  },
  {
    name: 'Thuisadministratie',
    parent: 'Geld',
    description: 'Hulp bij post, rekeningen en formulieren.',
    synonyms: ['post', 'formulieren', 'papieren', 'administratie', 'rekeningen'],
  },
  {
    name: 'Toeslagen en regelingen',
    parent: 'Geld',
    description: 'Huurtoeslag, zorgtoeslag, kindgebonden budget en gemeentelijke regelingen.',
    synonyms: ['huurtoeslag', 'zorgtoeslag', 'bijzondere bijstand', 'kwijtschelding', 'minimaregeling'],
  },
  {
    name: 'Werk en inkomen',
    description: 'Werk zoeken, uitkering, participatie en re-integratie.',
    synonyms: ['uitkering', 'bijstand', 'baan', 'werkloos', 'participatiewet'],
  },
  {
    name: 'Mantelzorg',
    description: 'Ondersteuning voor wie zorgt voor een naaste.',
    synonyms: ['zorgen voor', 'mantelzorger', 'respijtzorg', 'overbelast', 'ontlasten'],
  },
  {
    name: 'Eenzaamheid',
    description: 'Ontmoeting, contact en activiteiten.',
    synonyms: ['alleen', 'eenzaam', 'ontmoeting', 'sociaal contact', 'maatje'],
  },
  {
    name: 'Taal en lezen',
    description: 'Beter leren lezen, schrijven en Nederlands spreken.',
    synonyms: ['laaggeletterdheid', 'lezen', 'schrijven', 'nederlands leren', 'inburgering', 'taalmaatje'],
  },
  {
    name: 'Digitale vaardigheden',
    description: 'Hulp met computer, smartphone, DigiD en online zaken.',
    synonyms: ['digid', 'computer', 'smartphone', 'internet', 'online', 'mijn overheid'],
  },
  {
    name: 'Wonen',
    description: 'Woningzoeken, aanpassingen in huis en huurproblemen.',
    synonyms: ['huis', 'woning', 'huur', 'verhuizen', 'woningaanpassing', 'traplift'],
  },
  {
    name: 'Vervoer',
    description: 'Regiotaxi, vrijwillige vervoersdiensten en mobiliteit.',
    synonyms: ['regiotaxi', 'vervoer', 'scootmobiel', 'rolstoel', 'boodschappendienst'],
  },
  {
    name: 'Opvoeden en opgroeien',
    description: 'Vragen over kinderen, opvoeding en jongeren.',
    synonyms: ['opvoeding', 'kinderen', 'pubers', 'jongeren', 'gezin', 'school'],
  },
  {
    name: 'Zorg thuis',
    description: 'Huishoudelijke hulp, wijkverpleging en hulpmiddelen.',
    synonyms: ['huishoudelijke hulp', 'wijkverpleging', 'thuiszorg', 'wmo', 'hulpmiddelen', 'maaltijden'],
  },
  {
    name: 'Dementie',
    description: 'Geheugenproblemen en ondersteuning voor naasten.',
    synonyms: ['alzheimer', 'vergeetachtig', 'geheugen', 'casemanager dementie'],
  },
  {
    name: 'Huiselijk geweld',
    description: 'Onveiligheid thuis en kindermishandeling.',
    synonyms: ['veilig thuis', 'mishandeling', 'onveilig', 'geweld'],
  },
  {
    name: 'Nieuwkomers',
    description: 'Vluchtelingen, statushouders en nieuwe inwoners.',
    synonyms: ['vluchteling', 'statushouder', 'asiel', 'inburgering', 'gezinshereniging'],
  },
  {
    name: 'Vrijwilligerswerk',
    description: 'Vrijwilligerswerk vinden of vrijwilligers zoeken.',
    synonyms: ['vrijwilliger', 'vacatures', 'meedoen', 'maatschappelijke stage'],
  },
  {
    name: 'Gezondheid',
    description: 'Leefstijl, bewegen, psychische gezondheid.',
    synonyms: ['bewegen', 'somber', 'leefstijl', 'huisarts', 'ggz'],
  },
  {
    name: 'Juridische vragen',
    description: 'Recht, bezwaar maken en conflicten.',
    synonyms: ['advocaat', 'bezwaar', 'rechtshulp', 'conflict', 'ontslag'],
  },
  {
    name: 'Beperking',
    description: 'Ondersteuning bij een verstandelijke, lichamelijke of psychische beperking.',
    synonyms: ['handicap', 'lvb', 'autisme', 'cliëntondersteuning', 'pgb'],
  },
]
