import type { LocationSeed } from '../../data/locations'

export interface InfopuntSeed extends LocationSeed {
  municipality: string
}

const purpose =
  'Warme doorverwijzingen vanaf de balie naar formele zorg en informele hulp, en hun terugkoppeling. Inwoners mailen hier niet zelf naartoe.'

/** One Infopunt per municipality of the project, each in the public library of its main town. */
export const locations: InfopuntSeed[] = [
  {
    name: 'Infopunt Den Helder',
    kern: 'Den Helder',
    municipality: 'Den Helder',
    venue: 'Bibliotheek Den Helder',
    address: {
      street: 'Voorbeeldkade 1',
      postalCode: '1781 AS',
      city: 'Den Helder',
      latitude: 52.9602,
      longitude: 4.7686,
    },
    openingHours: [
      { weekday: 'mon', opens: '10:00', closes: '12:30' },
      { weekday: 'wed', opens: '13:30', closes: '16:30' },
      { weekday: 'fri', opens: '10:00', closes: '12:30' },
    ],
    mailbox: { email: 'infopunt.denhelder@netwerkversterkt.example.org', purpose },
  },
  {
    name: 'Infopunt Schagen',
    kern: 'Schagen',
    municipality: 'Schagen',
    venue: 'Bibliotheek Schagen',
    address: {
      street: 'Voorbeeldmarkt 2',
      postalCode: '1741 BA',
      city: 'Schagen',
      latitude: 52.7868,
      longitude: 4.7979,
    },
    openingHours: [
      { weekday: 'tue', opens: '10:00', closes: '12:00' },
      { weekday: 'thu', opens: '13:30', closes: '16:00' },
    ],
    mailbox: { email: 'infopunt.schagen@netwerkversterkt.example.org', purpose },
  },
  {
    name: 'Infopunt Anna Paulowna',
    kern: 'Anna Paulowna',
    municipality: 'Hollands Kroon',
    venue: 'Bibliotheek Hollands Kroon, vestiging Anna Paulowna',
    address: {
      street: 'Voorbeeldweg 3',
      postalCode: '1761 AC',
      city: 'Anna Paulowna',
      latitude: 52.8627,
      longitude: 4.8318,
    },
    openingHours: [
      { weekday: 'wed', opens: '10:00', closes: '12:00' },
      { weekday: 'fri', opens: '13:30', closes: '15:30' },
    ],
    mailbox: { email: 'infopunt.annapaulowna@netwerkversterkt.example.org', purpose },
  },
  {
    name: 'Infopunt Texel',
    kern: 'Den Burg',
    municipality: 'Texel',
    venue: 'Bibliotheek Texel',
    address: {
      street: 'Voorbeeldstraat 4',
      postalCode: '1791 AD',
      city: 'Den Burg',
      latitude: 53.0543,
      longitude: 4.7983,
    },
    openingHours: [{ weekday: 'thu', opens: '10:00', closes: '12:00' }],
    mailbox: { email: 'infopunt.texel@netwerkversterkt.example.org', purpose },
  },
]
