import type { Weekday } from '@/fields/openingHours'

type Period = { weekday: Weekday; opens: string; closes: string }

export interface LocationSeed {
  name: string
  kern: string
  venue: string
  address: { street: string; postalCode: string; city: string; latitude: number; longitude: number }
  openingHours: Period[]
  mailbox: { email: string; purpose: string }
}

const purpose =
  'Warme doorverwijzingen vanaf de balie naar partnerorganisaties, en hun terugkoppeling. Inwoners mailen hier niet zelf naartoe.'

export const locations: LocationSeed[] = [
  {
    name: 'Infopunt Dalfsen',
    kern: 'Dalfsen',
    venue: 'Bibliotheek Dalfsen, ontmoetingsruimte',
    address: {
      street: 'Voorbeeldstraat 1',
      postalCode: '7721 AA',
      city: 'Dalfsen',
      latitude: 52.5061,
      longitude: 6.2578,
    },
    openingHours: [
      { weekday: 'mon', opens: '10:00', closes: '12:00' },
      { weekday: 'wed', opens: '13:30', closes: '16:30' },
      { weekday: 'fri', opens: '10:00', closes: '12:00' },
    ],
    mailbox: { email: 'infopunt.dalfsen@infopunt.example.org', purpose },
  },
  {
    name: 'Infopunt Nieuwleusen',
    kern: 'Nieuwleusen',
    venue: 'Kulturhus de Spil',
    address: {
      street: 'Voorbeeldplein 2',
      postalCode: '7711 AB',
      city: 'Nieuwleusen',
      latitude: 52.581,
      longitude: 6.283,
    },
    openingHours: [
      { weekday: 'mon', opens: '09:30', closes: '12:00' },
      { weekday: 'tue', opens: '13:30', closes: '16:00' },
      { weekday: 'thu', opens: '09:30', closes: '12:00' },
      { weekday: 'thu', opens: '18:30', closes: '20:00' },
      { weekday: 'sat', opens: '10:00', closes: '12:00' },
    ],
    mailbox: { email: 'infopunt.nieuwleusen@infopunt.example.org', purpose },
  },
  {
    name: 'Infopunt Lemelerveld',
    kern: 'Lemelerveld',
    venue: 'Kulturhus de Mozaïek',
    address: {
      street: 'Voorbeeldweg 3',
      postalCode: '8151 AC',
      city: 'Lemelerveld',
      latitude: 52.444,
      longitude: 6.334,
    },
    openingHours: [
      { weekday: 'tue', opens: '09:30', closes: '11:30' },
      { weekday: 'thu', opens: '14:00', closes: '16:00' },
    ],
    mailbox: { email: 'infopunt.lemelerveld@infopunt.example.org', purpose },
  },
]
