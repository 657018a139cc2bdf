import { describe, expect, it } from '@jest/globals'

import type { DirectoryEntry } from '../../src/directory/entries'
import { directoryFacets, queryDirectoryIndex } from '../../src/directory/search'
import { buildDirectoryIndex } from '../../src/directory/searchIndex'

/** The ranking rules of the index itself, on a small directory built in memory. */
const entry = (name: string, extra: Partial<DirectoryEntry> = {}): DirectoryEntry => ({
  key: `organisation:${name}`,
  type: 'organisation',
  id: name,
  name,
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  shortDescription: '',
  description: '',
  themeText: '',
  themes: [],
  targetGroups: [],
  domains: [],
  kindOfHelp: 'formal',
  kinds: ['formal'],
  areasServed: [],
  contact: {},
  referral: {},
  languages: [],
  places: [],
  openRanges: [],
  hasOpeningHours: false,
  ...extra,
})

const index = buildDirectoryIndex(
  [
    entry('Mekari Kampen'),
    entry('Kamrakam Lemelerveld'),
    entry('Kamarkam Ommen'),
    entry('Medaanhuis Raalte'),
    entry('Medada Zwolle'),
    entry('Taalpunt', { shortDescription: 'Hulp bij lezen en schrijven.', kinds: ['informal'] }),
    entry('Tall Ships', { kinds: ['informal'] }),
    entry('Schrijfhulp Dalfsen', { description: 'Voor wie moeite heeft met taal.', areasServed: ['Dalfsen'] }),
    entry('Budgetcoach', { themeText: 'Schuldhulp schulden geldzorgen', areasServed: ['Dalfsen', 'Lemelerveld'] }),
  ],
  directoryFacets,
)
const names = (q: string) => index.search(q).map((hit) => hit.entry.name)

describe('the Wegwijzer index', () => {
  it('swaps two neighbouring letters back, also in words of six letters', () => {
    expect(names('meakri')).toEqual(['Mekari Kampen'])
  })

  it('does not fuzz a word it knows: the exact word only', () => {
    expect(names('kamrakam')).toEqual(['Kamrakam Lemelerveld'])
    expect(names('kamarkam')).toEqual(['Kamarkam Ommen'])
  })

  it('tolerates no typos in words under five letters', () => {
    expect(names('tall')).toEqual(['Tall Ships'])
    expect(names('tael')).toEqual([])
  })

  it('ranks prefix hits of the word being typed above fuzzy near-misses', () => {
    // "medaa" begins "Medaanhuis"; "Medada" is one letter away and comes after it.
    expect(names('medaa')).toEqual(['Medaanhuis Raalte', 'Medada Zwolle'])
  })

  it('matches only the last word as a prefix', () => {
    expect(names('taa')).toEqual(['Taalpunt', 'Schrijfhulp Dalfsen'])
    expect(names('dalfsen taa')).toEqual(['Schrijfhulp Dalfsen'])
    // "taa" before another word is a whole word, which no entry has
    expect(names('taa budgetcoach')).toEqual(['Budgetcoach'])
  })

  it('ranks a name above the same word in a description', () => {
    expect(names('schrijf')[0]).toBe('Schrijfhulp Dalfsen')
    expect(names('schrijven')).toEqual(['Taalpunt'])
    expect(names('taal')[0]).toBe('Taalpunt')
  })

  it('falls back to entries with some of the words when none has all', () => {
    expect(names('budgetcoach kamarkam')).toEqual(expect.arrayContaining(['Budgetcoach', 'Kamarkam Ommen']))
  })

  it('counts each facet with the other facets applied', () => {
    const result = queryDirectoryIndex(index, { filters: { kind: ['informal'], area: ['Dalfsen'] } })
    expect(result.total).toBe(0)
    // choosing Dalfsen drops the informal entries, none of which serve Dalfsen …
    expect(result.facets.kind).toEqual([{ value: 'formal', label: 'Formele zorg (beroepskrachten)', count: 2 }])
    // … and the areas are counted among the informal ones: none serves an area
    expect(result.facets.area).toEqual([])
    const dalfsen = queryDirectoryIndex(index, { filters: { area: ['Dalfsen'] } })
    expect(dalfsen.results.map((result) => result.name)).toEqual(['Budgetcoach', 'Schrijfhulp Dalfsen'])
    expect(dalfsen.facets.area).toEqual([
      { value: 'Dalfsen', label: 'Dalfsen', count: 2 },
      { value: 'Lemelerveld', label: 'Lemelerveld', count: 1 },
    ])
  })

  describe('service details', () => {
    const place = (name: string, latitude: number, longitude: number) => ({
      name,
      address: name,
      point: { latitude, longitude },
      accessibility: ['wheelchair'],
    })
    const details = buildDirectoryIndex(
      [
        // Tuesday 09:00–12:00 (minutes since Monday 00:00: 1440 + 540 … 1440 + 720)
        entry('Spreekuur Lemelerveld', {
          places: [place('de Mozaïek', 52.444, 6.334)],
          openRanges: [1980, 2160],
          hasOpeningHours: true,
          languages: ['nl', 'ar'],
        }),
        entry('Spreekuur Nieuwleusen', { places: [place('de Spil', 52.581, 6.283)], languages: ['nl'] }),
        entry('Spreekuur Zwolle', { places: [place('Zwolle', 52.5125, 6.0944)] }),
        entry('Spreekuur zonder adres'),
      ],
      directoryFacets,
    )
    // A Tuesday in December at 10:30 in Amsterdam (09:30 UTC) and at 13:30 (12:30 UTC).
    const tuesdayMorning = new Date('2026-12-08T09:30:00Z')
    const tuesdayAfternoon = new Date('2026-12-08T12:30:00Z')

    it('filters on open now in Amsterdam time, and says open or closed per result', () => {
      const open = queryDirectoryIndex(details, { q: 'spreekuur', openNow: true, now: tuesdayMorning })
      expect(open.results.map((result) => [result.name, result.details.openNow])).toEqual([
        ['Spreekuur Lemelerveld', true],
      ])
      expect(queryDirectoryIndex(details, { q: 'spreekuur', openNow: true, now: tuesdayAfternoon }).total).toBe(0)
      const all = queryDirectoryIndex(details, { q: 'spreekuur', now: tuesdayAfternoon })
      // Unknown opening hours are neither open nor closed.
      expect(all.results.map((result) => result.details.openNow)).toEqual([false, null, null, null])
    })

    it('filters on a language, counted as a facet', () => {
      const arabic = queryDirectoryIndex(details, { filters: { language: ['ar'] } })
      expect(arabic.results.map((result) => result.name)).toEqual(['Spreekuur Lemelerveld'])
      expect(arabic.results[0].details.languages).toEqual(['Nederlands', 'Arabisch'])
      expect(queryDirectoryIndex(details, {}).facets.language).toEqual([
        { value: 'nl', label: 'Nederlands', count: 2 },
        { value: 'ar', label: 'Arabisch', count: 1 },
      ])
    })

    it('sorts by distance from the desk, entries without coordinates last', () => {
      const dalfsen = { latitude: 52.5061, longitude: 6.2578 }
      const sorted = queryDirectoryIndex(details, { q: 'spreekuur', near: dalfsen })
      expect(sorted.results.map((result) => [result.name, result.details.distanceKm])).toEqual([
        ['Spreekuur Nieuwleusen', 8.5],
        ['Spreekuur Lemelerveld', 8.6],
        ['Spreekuur Zwolle', 11.1],
        ['Spreekuur zonder adres', null],
      ])
    })
  })
})
