import type { UserSeed } from '../../data/users'

/** The network's demo accounts, one per role; they log in with the demo password of seed 000. */
export const users: UserSeed[] = [
  { email: 'beheerder@netwerkversterkt.example', name: 'Jeroen Kok', role: 'beheerder', organisation: 'meedewering' },
  {
    email: 'communicatie@netwerkversterkt.example',
    name: 'Ilse Bakker',
    role: 'communicatie',
    organisation: 'noordkopvoorelkaar',
  },
  {
    email: 'coordinator@netwerkversterkt.example',
    name: 'Petra Schouten',
    role: 'coordinator',
    organisation: 'wonenplus',
    defaultLocation: 'Infopunt Schagen',
  },
  {
    email: 'balie@netwerkversterkt.example',
    name: 'Maarten Dekker',
    role: 'baliemedewerker',
    organisation: 'meedewering',
    defaultLocation: 'Infopunt Den Helder',
    staffRole: 'professional',
  },
]
