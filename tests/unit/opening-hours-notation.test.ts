import { describe, expect, it } from '@jest/globals'

import { formatOpeningHours, parseOpeningHours } from '../../src/directory/spreadsheet/openingHours'

/** The opening hours column of the organisation spreadsheet: read as staff write it, written one way. */
const canonical = (cell: string) => {
  const parsed = parseOpeningHours(cell)
  if ('error' in parsed) throw new Error(parsed.error)
  return formatOpeningHours(parsed.periods)
}
const errorOf = (cell: string) => {
  const parsed = parseOpeningHours(cell)
  return 'error' in parsed ? parsed.error : null
}

describe('opening hours notation', () => {
  it('reads the ways staff write opening hours into the stored periods', () => {
    expect(parseOpeningHours('ma-vr 09:00-17:00; za 10:00-12:00')).toEqual({
      periods: [
        ...['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
        { weekday: 'sat', opens: '10:00', closes: '12:00' },
      ],
    })
    expect(parseOpeningHours('Di 13.30 - 16.00, 9.00-12.00')).toEqual({
      periods: [
        { weekday: 'tue', opens: '09:00', closes: '12:00' },
        { weekday: 'tue', opens: '13:30', closes: '16:00' },
      ],
    })
    expect(parseOpeningHours('gesloten')).toEqual({ periods: [] })
    expect(parseOpeningHours(' Gesloten ')).toEqual({ periods: [] })
  })

  it.each([
    ['ma-vr 09:00-17:00; za 10:00-12:00', 'ma-vr 09:00-17:00; za 10:00-12:00'],
    ['ma t/m vr 9-17', 'ma-vr 09:00-17:00'],
    ['Maandag tot en met vrijdag 9.00-17.00', 'ma-vr 09:00-17:00'],
    ['ma-vr 09:00 - 12:30, 13:30 - 17:00', 'ma-vr 09:00-12:30, 13:30-17:00'],
    ['ma, wo en vr: 9u-12u', 'ma, wo, vr 09:00-12:00'],
    ['di 9-12\nDo 9-12', 'di, do 09:00-12:00'],
    ['ma-vr 9-17; wo gesloten', 'ma, di, do, vr 09:00-17:00'],
    ['ma-vr 9-12; ma 13-17', 'ma 09:00-12:00, 13:00-17:00; di-vr 09:00-12:00'],
    ['za-zo 10-16', 'za, zo 10:00-16:00'],
    ['werkdagen 8.30-17', 'ma-vr 08:30-17:00'],
    ['dagelijks 10:00 tot 22:00', 'ma-zo 10:00-22:00'],
    ['wo 13:30–16:00', 'wo 13:30-16:00'],
  ])('%j is written as %j', (cell, written) => {
    expect(canonical(cell)).toBe(written)
    // The written form reads back to the same periods.
    expect(canonical(written)).toBe(written)
  })

  it('says in Dutch what it cannot read', () => {
    expect(errorOf('ma-vr')).toMatch(/ontbreken de tijden/)
    expect(errorOf('9-17')).toMatch(/ontbreken de dagen/)
    expect(errorOf('mandag 9-17')).toMatch(/"mandag" is geen dag/)
    expect(errorOf('ma 9-25')).toMatch(/"25" is geen tijd/)
    expect(errorOf('ma 17-9')).toMatch(/sluitingstijd niet na de openingstijd/)
    expect(errorOf('ma 9-12, 11-13')).toMatch(/overlappen 09:00-12:00 en 11:00-13:00/)
    expect(errorOf('ma 9')).toMatch(/"9" is geen tijdvak/)
    expect(errorOf('op afspraak')).toMatch(/ontbreken de tijden|geen dag/)
  })

  it('writes no periods as an empty cell', () => {
    expect(formatOpeningHours([])).toBe('')
    expect(formatOpeningHours(null)).toBe('')
  })
})
