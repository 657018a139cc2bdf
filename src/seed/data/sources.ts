import type { Role } from '@/access/roles'
import type { DigitalSource } from '@/payload-types'

export interface SourceSeed {
  title: string
  url: string
  description: string
  category: DigitalSource['category']
  pinned?: boolean
  order: number
  audienceRoles?: Role[]
}

export const sources: SourceSeed[] = [
  {
    title: 'Gemeente Dalfsen – Zorg en ondersteuning',
    url: 'https://www.dalfsen.nl',
    category: 'government',
    pinned: true,
    order: 1,
    description: 'Wmo, jeugd, bijstand en minimaregelingen van de gemeente.',
  },
  {
    title: 'Dienst Toeslagen',
    url: 'https://www.toeslagen.nl',
    category: 'money',
    pinned: true,
    order: 2,
    description: 'Huurtoeslag, zorgtoeslag en kindgebonden budget: proefberekenen en aanvragen.',
  },
  {
    title: 'Rijksoverheid',
    url: 'https://www.rijksoverheid.nl',
    category: 'government',
    order: 10,
    description: 'Wetten, regelingen en onderwerpen van de rijksoverheid.',
  },
  {
    title: 'GeldFit',
    url: 'https://www.geldfit.nl',
    category: 'money',
    order: 11,
    description: 'Anonieme geldtest en hulp in de buurt bij geldzorgen.',
  },
  {
    title: 'Het Juridisch Loket',
    url: 'https://www.juridischloket.nl',
    category: 'government',
    order: 12,
    description: 'Gratis juridisch advies.',
  },
  {
    title: 'MantelzorgNL',
    url: 'https://www.mantelzorg.nl',
    category: 'care',
    order: 13,
    description: 'Informatie en advies voor mantelzorgers.',
  },
  {
    title: 'Regelhulp',
    url: 'https://www.regelhulp.nl',
    category: 'care',
    pinned: true,
    order: 3,
    description: 'Wegwijzer naar zorg en ondersteuning voor mensen met een beperking, ouderen en mantelzorgers.',
  },
  {
    title: 'DigiD',
    url: 'https://www.digid.nl',
    category: 'language',
    order: 14,
    description: 'DigiD aanvragen, activeren en hulp bij inloggen.',
  },
  {
    title: 'Zorgkaart Nederland',
    url: 'https://www.zorgkaartnederland.nl',
    category: 'social-map',
    order: 15,
    description: 'Zorgaanbieders zoeken en vergelijken.',
  },
  {
    title: 'Huurcommissie',
    url: 'https://www.huurcommissie.nl',
    category: 'housing',
    order: 16,
    description: 'Geschillen over huurprijs en onderhoud.',
  },
  {
    title: 'Veilig Thuis',
    url: 'https://www.veiligthuis.nl',
    category: 'care',
    order: 4,
    description: 'Advies en meldpunt huiselijk geweld en kindermishandeling.',
  },
  {
    title: 'Oefenen.nl',
    url: 'https://www.oefenen.nl',
    category: 'language',
    order: 17,
    description: 'Gratis online oefenen met taal, rekenen en digitale vaardigheden.',
  },
  {
    title: 'Rapportage-instructie voor coördinatoren',
    url: 'https://www.infopunt.example.org/handleiding-rapportage',
    category: 'other',
    order: 30,
    description: 'Hoe je per kwartaal de registraties rapporteert aan de gemeente.',
    audienceRoles: ['coordinator', 'beheerder'],
  },
]
