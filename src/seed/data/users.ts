import type { Role } from '@/access/roles'

export const DEMO_PASSWORD = 'welkom-bij-infopunt'

export interface UserSeed {
  email: string
  name: string
  role: Role
  organisation?: string
  defaultLocation?: string
  /** Desk workers: paid professional or volunteer, for the roster. */
  staffRole?: 'professional' | 'volunteer'
}

export const users: UserSeed[] = [
  { email: 'beheerder@infopunt.example', name: 'Bram Beheer', role: 'beheerder', organisation: 'bibliotheek' },
  {
    email: 'communicatie@infopunt.example',
    name: 'Carla Communicatie',
    role: 'communicatie',
    organisation: 'bibliotheek',
  },
  {
    email: 'coordinator@infopunt.example',
    name: 'Corinne Coördinator',
    role: 'coordinator',
    organisation: 'saamwelzijn',
    defaultLocation: 'Infopunt Nieuwleusen',
  },
  {
    email: 'balie@infopunt.example',
    name: 'Bea Balie',
    role: 'baliemedewerker',
    organisation: 'saamwelzijn',
    defaultLocation: 'Infopunt Nieuwleusen',
    staffRole: 'professional',
  },
  {
    email: 'jan@infopunt.example',
    name: 'Jan de Vries',
    role: 'baliemedewerker',
    organisation: 'mee',
    defaultLocation: 'Infopunt Dalfsen',
    staffRole: 'professional',
  },
  {
    email: 'fatima@infopunt.example',
    name: 'Fatima El Amrani',
    role: 'baliemedewerker',
    organisation: 'vluchtelingenwerk',
    defaultLocation: 'Infopunt Nieuwleusen',
    staffRole: 'professional',
  },
  {
    email: 'gerrit@infopunt.example',
    name: 'Gerrit Jansen',
    role: 'baliemedewerker',
    organisation: 'humanitas',
    defaultLocation: 'Infopunt Dalfsen',
    staffRole: 'volunteer',
  },
  {
    email: 'wilma@infopunt.example',
    name: 'Wilma Bosch',
    role: 'baliemedewerker',
    organisation: 'demozaiek',
    defaultLocation: 'Infopunt Lemelerveld',
    staffRole: 'volunteer',
  },
  {
    email: 'ahmed@infopunt.example',
    name: 'Ahmed Yilmaz',
    role: 'baliemedewerker',
    organisation: 'vluchtelingenwerk',
    defaultLocation: 'Infopunt Nieuwleusen',
    staffRole: 'volunteer',
  },
  {
    email: 'ria@infopunt.example',
    name: 'Ria Mulder',
    role: 'baliemedewerker',
    organisation: 'bibliotheek',
    defaultLocation: 'Infopunt Dalfsen',
    staffRole: 'volunteer',
  },
  {
    email: 'kees@infopunt.example',
    name: 'Kees van Dijk',
    role: 'baliemedewerker',
    organisation: 'saamwelzijn',
    defaultLocation: 'Infopunt Lemelerveld',
    staffRole: 'professional',
  },
  {
    email: 'sandra@infopunt.example',
    name: 'Sandra Smit',
    role: 'baliemedewerker',
    organisation: 'humanitas',
    defaultLocation: 'Infopunt Nieuwleusen',
    staffRole: 'volunteer',
  },
]
