import type { Payload } from 'payload'

import { DEFER_DIRECTORY_STAMP, markDirectoryChanged } from '../../src/directory/freshness'
import { toSlug } from '../../src/fields/slug'
import type { Id } from '../../src/lib/relations'
import { seededRandom } from '../../src/seed/random'

const prefixes = [
  'Buurt',
  'Thuis',
  'Zorg',
  'Welzijns',
  'Taal',
  'Geld',
  'Jeugd',
  'Mantelzorg',
  'Vrijwilligers',
  'Senioren',
  'Gezins',
  'Wijk',
  'Digi',
  'Budget',
  'Woon',
]
const nouns = ['hulp', 'punt', 'team', 'huis', 'steun', 'maatjes', 'coach', 'loket', 'café', 'netwerk']
const places = [
  'Dalfsen',
  'Nieuwleusen',
  'Lemelerveld',
  'Zwolle',
  'Raalte',
  'Ommen',
  'Hardenberg',
  'Deventer',
  'Kampen',
  'Hattem',
]
// 36 syllables make 46,656 three-syllable words: room for the 11,000 distinct names of 10k services.
const syllables =
  'ka ro ven del mar tin bo lu ster wijk hof len da ri mo sa ber gen ho ne kel vo ra dijk zel pe to lin wa gra me nie stra fe zo kam'.split(
    ' ',
  )
const descriptions = [
  'Vrijwilligers helpen bij de administratie en het op orde brengen van rekeningen.',
  'Ondersteuning voor mantelzorgers die zorgen voor een naaste met dementie.',
  'Gratis taallessen en een taalmaatje om beter Nederlands te leren spreken.',
  'Hulp bij schulden, betalingsachterstanden en het aanvragen van toeslagen.',
  'Ontmoeting en activiteiten voor ouderen die zich eenzaam voelen.',
  'Begeleiding van jongeren en gezinnen bij opvoeden en opgroeien.',
  'Advies over wonen, woningaanpassingen en verhuizen.',
  'Hulp met de computer, DigiD en online formulieren.',
]

export interface SyntheticService {
  name: string
  /** A distinctive invented word in the name, used as the target of typo and prefix queries. */
  keyword: string
}

/** Six themes with a synonym each, named after `seed` (theme names are unique on an installation). */
export const createSyntheticThemes = (payload: Payload, seed: number) =>
  Promise.all(
    ['Schuldhulp', 'Mantelzorg', 'Eenzaamheid', 'Taal', 'Wonen', 'Jeugd'].map((name, index) =>
      payload.create({
        collection: 'themes',
        data: {
          name: `${name} ${seed}`,
          synonyms: [['schulden', 'mantelzorger', 'alleen', 'lezen', 'huis', 'kinderen'][index]],
        },
      }),
    ),
  )

export interface SyntheticDirectoryOptions {
  /** The network the records go into; left out, the installation's only network. */
  network?: Id
  /**
   * Appended to every organisation's and service's name (and to the slug), so that the same seed can
   * make the same organisations again in another network: names and slugs are unique on an installation.
   */
  suffix?: string
  /** Themes to use instead of six of its own (createSyntheticThemes). */
  themes?: { id: Id }[]
  /** Makes the organisations regional: other networks may offer them. */
  regional?: boolean
}

/**
 * Creates `count` active services under `count / 10` organisations through the Local API, with
 * realistic Dutch names and descriptions and a few themes. The same seed gives the same names.
 */
export const createSyntheticDirectory = async (
  payload: Payload,
  count: number,
  seed = 42,
  options: SyntheticDirectoryOptions = {},
): Promise<SyntheticService[]> => {
  const random = seededRandom(seed).next
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]
  const used = new Set<string>()
  const capitalised = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`
  const word = () => {
    for (;;) {
      const candidate = Array.from({ length: 3 }, () => pick(syllables)).join('')
      if (candidate.length >= 6 && !used.has(candidate)) {
        used.add(candidate)
        return candidate
      }
    }
  }
  const themes = options.themes ?? (await createSyntheticThemes(payload, seed))
  const suffix = options.suffix ?? ''
  const slugSuffix = suffix && `-${toSlug(suffix)}`
  const network = options.network === undefined ? {} : { network: options.network as number }
  // One freshness stamp at the end instead of one per record.
  const bulk = { [DEFER_DIRECTORY_STAMP]: true }
  const services: SyntheticService[] = []
  let organisation: { id: number | string } | undefined
  for (let index = 0; index < count; index++) {
    if (index % 10 === 0) {
      organisation = await payload.create({
        collection: 'organisations',
        context: bulk,
        data: {
          ...network,
          ...(options.regional && { regional: true }),
          name: `Stichting ${capitalised(word())}${suffix}`,
          shortDescription: pick(descriptions),
          kindOfHelp: 'both',
          status: 'active',
          // Spread over about 20 × 20 km, so that sorting by distance has work to do.
          contact: {
            address: { latitude: 52.4 + ((index * 7) % 200) / 1000, longitude: 6.15 + ((index * 13) % 300) / 1000 },
          },
        },
      })
    }
    const keyword = word()
    const name = `${pick(prefixes)}${pick(nouns)} ${capitalised(keyword)} ${pick(places)}${suffix}`
    await payload.create({
      collection: 'services',
      context: bulk,
      data: {
        ...network,
        name,
        slug: `dienst-${seed}-${index}${slugSuffix}`,
        organisation: organisation!.id as number,
        description: pick(descriptions),
        kindOfHelp: random() < 0.5 ? 'formal' : 'informal',
        themes: [pick(themes).id as number],
        // Service details by position, not by the random sequence, so the queries stay those of earlier runs.
        languages: ([['nl'], ['nl', 'en'], ['nl', 'ar']] as const)[index % 3].slice(),
        openingHours: [
          { weekday: (['mon', 'tue', 'wed', 'thu', 'fri'] as const)[index % 5], opens: '09:00', closes: '12:00' },
        ],
        cost: { kind: index % 4 === 0 ? 'contribution' : 'free' },
        status: 'active',
      },
    })
    services.push({ name, keyword })
  }
  await markDirectoryChanged(payload)
  return services
}
