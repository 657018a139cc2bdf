import type { Payload } from 'payload'

import { addDays, localParts } from '@/lib/localTime'

import type { SeededContent } from './content'
import { inNetwork } from './inNetwork'
import { findOrCreate } from './upsert'

/** "Alle baliemedewerkers volgen drie trainingen": gastvrijheid and the digital Infopunt by Rijnbrink, vraagverheldering by MEE. */
const trainings = [
  {
    name: 'Gastvrijheid aan de balie',
    provider: 'rijnbrink',
    validityMonths: 36,
    description: 'Hoe ontvang je een inwoner aan de balie: luisteren, doorvragen, de tijd nemen.',
  },
  {
    name: 'Werken met het digitale Infopunt',
    provider: 'rijnbrink',
    validityMonths: 24,
    description: 'De startpagina, de Wegwijzer, registreren en warm doorverwijzen via de verwijsmailbox.',
  },
  {
    name: 'Vraagverheldering',
    provider: 'mee',
    validityMonths: 36,
    description: 'De vraag achter de vraag: samen met de inwoner helder krijgen wat er speelt.',
  },
]

/**
 * Months ago each person completed each training (null: not yet). Most are trained; Ahmed and Sandra,
 * recruited recently, are in training; Gerrit's digital Infopunt training is due for a refresher.
 */
const completedMonthsAgo: Record<string, (number | null)[]> = {
  'coordinator@infopunt.example': [14, 14, 13],
  'balie@infopunt.example': [10, 10, 9],
  'jan@infopunt.example': [14, 14, 13],
  'fatima@infopunt.example': [8, 8, 7],
  'gerrit@infopunt.example': [23, 23, 22],
  'wilma@infopunt.example': [10, 10, 9],
  'ahmed@infopunt.example': [1, 1, null],
  'ria@infopunt.example': [14, 14, 13],
  'kees@infopunt.example': [8, 8, 7],
  'sandra@infopunt.example': [1, null, null],
}

/** The three trainings and who completed them when; completions only with newly made trainings. */
export const seedTrainings = async (payload: Payload, content: SeededContent): Promise<number> =>
  inNetwork(payload, content.network, async (req) => {
    const today = localParts(new Date()).date
    let created = 0
    for (const [index, training] of trainings.entries()) {
      const { doc, created: isNew } = await findOrCreate(
        payload,
        'trainings',
        { name: { equals: training.name } },
        {
          name: training.name,
          provider: content.organisations.get(training.provider)?.id,
          required: true,
          validityMonths: training.validityMonths,
          description: training.description,
        },
        { req },
      )
      if (!isNew) continue
      for (const [email, months] of Object.entries(completedMonthsAgo)) {
        const user = content.users.get(email)
        const ago = months[index]
        if (!user || ago === null) continue
        await payload.create({
          collection: 'training-completions',
          depth: 0,
          req: await req(),
          data: {
            user: user.id,
            training: doc.id,
            completedOn: `${addDays(today, -Math.round(ago * 30.4))}T12:00:00.000Z`,
          },
        })
        created++
      }
    }
    return created
  })
