import { describe, expect, it } from '@jest/globals'

import { localInstant } from '../../src/lib/localTime'
import { coverageGaps, type CoverageLocation, type CoverageShift } from '../../src/roster/coverage'

// 2026-03-30 is a Monday, the first working day of summer time; 2026-03-27 the Friday before it.
const MONDAY = '2026-03-30'
const at = (date: string, time: string) => localInstant(date, time).toISOString()

const dalfsen: CoverageLocation = {
  id: 1,
  name: 'Infopunt Dalfsen',
  openingHours: [
    { weekday: 'mon', opens: '09:00', closes: '12:00' },
    { weekday: 'mon', opens: '13:00', closes: '16:00' },
    { weekday: 'tue', opens: '09:00', closes: '12:00' },
  ],
}
const lemelerveld: CoverageLocation = {
  id: 2,
  name: 'Infopunt Lemelerveld',
  openingHours: [{ weekday: 'mon', opens: '18:00', closes: '20:00' }],
}

const shift = (location: number, date: string, from: string, to: string, headcount = 1): CoverageShift => ({
  location,
  startsAt: at(date, from),
  endsAt: at(date, to),
  headcount,
})

const summary = (gaps: ReturnType<typeof coverageGaps>) =>
  gaps.map((gap) => `${gap.locationName.split(' ')[1]} ${gap.date} ${gap.from}-${gap.to} ${gap.level}`)

describe('coverageGaps()', () => {
  it('reports every opening period without shifts as unstaffed', () => {
    expect(summary(coverageGaps([dalfsen, lemelerveld], [], MONDAY, 2))).toEqual([
      'Dalfsen 2026-03-30 09:00-12:00 unstaffed',
      'Dalfsen 2026-03-30 13:00-16:00 unstaffed',
      'Lemelerveld 2026-03-30 18:00-20:00 unstaffed',
      'Dalfsen 2026-03-31 09:00-12:00 unstaffed',
    ])
  })

  it('finds no gap where two people cover the whole period, in one shift or two', () => {
    const shifts = [
      shift(1, MONDAY, '09:00', '12:00', 2),
      shift(1, MONDAY, '13:00', '16:00'),
      shift(1, MONDAY, '12:30', '16:30'),
      shift(2, MONDAY, '18:00', '20:00', 2),
    ]
    expect(coverageGaps([dalfsen, lemelerveld], shifts, MONDAY, 1)).toEqual([])
  })

  it('marks single-staffed and unstaffed parts of a period, merging adjacent slots of one level', () => {
    const shifts = [
      shift(1, MONDAY, '09:00', '10:30'), // one person 09:00–10:30
      shift(1, MONDAY, '09:00', '10:00'), // a second until 10:00
      shift(1, MONDAY, '10:00', '10:30'), // and another taking over until 10:30
      shift(1, MONDAY, '11:00', '12:00', 2),
      shift(1, MONDAY, '13:00', '14:00'),
      shift(1, MONDAY, '14:00', '15:00'), // two single shifts back to back: one single slot
    ]
    expect(summary(coverageGaps([dalfsen], shifts, MONDAY, 1))).toEqual([
      'Dalfsen 2026-03-30 10:30-11:00 unstaffed',
      'Dalfsen 2026-03-30 13:00-15:00 single',
      'Dalfsen 2026-03-30 15:00-16:00 unstaffed',
    ])
  })

  it('counts only shifts of the same Infopunt and only the part inside the opening hours', () => {
    const shifts = [shift(2, MONDAY, '09:00', '12:00', 2), shift(1, MONDAY, '08:00', '09:30', 2)]
    expect(summary(coverageGaps([dalfsen], shifts, MONDAY, 1)).slice(0, 2)).toEqual([
      'Dalfsen 2026-03-30 09:30-12:00 unstaffed',
      'Dalfsen 2026-03-30 13:00-16:00 unstaffed',
    ])
  })

  it('works in local time across the switch to summer time', () => {
    const friday = '2026-03-27'
    const location: CoverageLocation = {
      id: 3,
      name: 'Infopunt Nieuwleusen',
      openingHours: [{ weekday: 'fri', opens: '09:00', closes: '12:00' }],
    }
    const gaps = coverageGaps([location], [shift(3, friday, '09:00', '12:00')], friday, 7)
    expect(summary(gaps)).toEqual(['Nieuwleusen 2026-03-27 09:00-12:00 single'])
    expect(gaps[0].startsAt).toBe('2026-03-27T08:00:00.000Z') // winter time: UTC+1
    expect(coverageGaps([dalfsen], [], MONDAY, 1)[0].startsAt).toBe('2026-03-30T07:00:00.000Z') // summer: UTC+2
  })

  it('honours a different minimum', () => {
    expect(coverageGaps([lemelerveld], [shift(2, MONDAY, '18:00', '20:00')], MONDAY, 1, { minimumStaff: 1 })).toEqual(
      [],
    )
  })
})
