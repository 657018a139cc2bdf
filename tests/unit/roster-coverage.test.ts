import { describe, expect, it } from '@jest/globals'

import { localInstant } from '../../src/lib/localTime'
import { coverageGaps, type CoverageLocation, type CoverageShift } from '../../src/roster/coverage'
import { shiftsWithoutTrainedColleague, type RosteredPerson } from '../../src/trainings/status'

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
const professional = (location: number, date: string, from: string, to: string, headcount = 1): CoverageShift => ({
  ...shift(location, date, from, to, headcount),
  professionals: headcount,
})
const paired = (location: CoverageLocation, staffing: CoverageLocation['staffing'] = {}): CoverageLocation => ({
  ...location,
  staffing: { requireProfessional: true, ...staffing },
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

  it('takes the minimum head count from the Infopunt, before the default', () => {
    const three = paired(lemelerveld, { minimumStaff: 3, requireProfessional: false })
    expect(summary(coverageGaps([three], [shift(2, MONDAY, '18:00', '20:00', 2)], MONDAY, 1))).toEqual([
      'Lemelerveld 2026-03-30 18:00-20:00 single',
    ])
    expect(coverageGaps([three], [shift(2, MONDAY, '18:00', '20:00', 2)], MONDAY, 1)[0].staffed).toBe(2)
  })
})

describe('coverageGaps(): the pairing rule (volunteers beside a professional)', () => {
  it('reports volunteers without a professional as a gap of its own kind, only where the Infopunt asks', () => {
    const shifts = [shift(2, MONDAY, '18:00', '20:00', 2)]
    expect(coverageGaps([lemelerveld], shifts, MONDAY, 1)).toEqual([])
    expect(summary(coverageGaps([paired(lemelerveld)], shifts, MONDAY, 1))).toEqual([
      'Lemelerveld 2026-03-30 18:00-20:00 noProfessional',
    ])
    expect(coverageGaps([paired(lemelerveld)], [professional(2, MONDAY, '18:00', '20:00', 2)], MONDAY, 1)).toEqual([])
  })

  it('reports a lone volunteer under both rules, and an empty desk only as unstaffed', () => {
    const location = paired(lemelerveld)
    expect(summary(coverageGaps([location], [shift(2, MONDAY, '18:00', '20:00')], MONDAY, 1))).toEqual([
      'Lemelerveld 2026-03-30 18:00-20:00 single',
      'Lemelerveld 2026-03-30 18:00-20:00 noProfessional',
    ])
    expect(summary(coverageGaps([location], [], MONDAY, 1))).toEqual(['Lemelerveld 2026-03-30 18:00-20:00 unstaffed'])
  })

  it('finds the parts of a slot a professional covers only partly', () => {
    const location = paired(dalfsen, { minimumStaff: 1 })
    const shifts = [shift(1, MONDAY, '09:00', '12:00'), professional(1, MONDAY, '10:00', '11:00')]
    expect(summary(coverageGaps([location], shifts, MONDAY, 1))).toEqual([
      'Dalfsen 2026-03-30 09:00-10:00 noProfessional',
      'Dalfsen 2026-03-30 11:00-12:00 noProfessional',
      'Dalfsen 2026-03-30 13:00-16:00 unstaffed',
    ])
  })

  it('merges a run without a professional while the volunteers change', () => {
    const location = paired(dalfsen, { minimumStaff: 1 })
    const shifts = [
      shift(1, MONDAY, '09:00', '10:00'),
      shift(1, MONDAY, '09:30', '12:00', 2),
      professional(1, MONDAY, '13:00', '16:00'),
    ]
    expect(summary(coverageGaps([location], shifts, MONDAY, 1))).toEqual([
      'Dalfsen 2026-03-30 09:00-12:00 noProfessional',
    ])
  })

  it('counts a professional on an overnight shift for the part inside the opening hours', () => {
    // A night shift from Sunday 22:00 to Monday 10:00 (twelve hours), beside a volunteer from 09:00.
    const location = paired(dalfsen, { minimumStaff: 1 })
    const sunday = '2026-03-29'
    const night: CoverageShift = {
      location: 1,
      startsAt: at(sunday, '22:00'),
      endsAt: at(MONDAY, '10:00'),
      headcount: 1,
      professionals: 1,
    }
    const gaps = coverageGaps([location], [night, shift(1, MONDAY, '09:00', '12:00')], MONDAY, 1)
    expect(summary(gaps)).toEqual([
      'Dalfsen 2026-03-30 10:00-12:00 noProfessional',
      'Dalfsen 2026-03-30 13:00-16:00 unstaffed',
    ])
    // The same night shift, seen from the Sunday: the desk is closed then, so no gap on Sunday.
    expect(summary(coverageGaps([location], [night], sunday, 1))).toEqual([])
  })

  it('checks against the opening hours as they are now, not as they were when the roster was made', () => {
    const rostered = [shift(1, MONDAY, '09:00', '12:00'), professional(1, MONDAY, '09:00', '12:00')]
    const before = paired({ ...dalfsen, openingHours: [{ weekday: 'mon', opens: '09:00', closes: '12:00' }] })
    expect(coverageGaps([before], rostered, MONDAY, 1)).toEqual([])
    // Opening an hour longer leaves the new hour unstaffed; opening later drops the shifts' early part.
    const longer = paired({ ...dalfsen, openingHours: [{ weekday: 'mon', opens: '09:00', closes: '13:00' }] })
    expect(summary(coverageGaps([longer], rostered, MONDAY, 1))).toEqual(['Dalfsen 2026-03-30 12:00-13:00 unstaffed'])
    const moved = paired({ ...dalfsen, openingHours: [{ weekday: 'mon', opens: '11:00', closes: '14:00' }] })
    expect(summary(coverageGaps([moved], [...rostered, shift(1, MONDAY, '12:00', '14:00', 2)], MONDAY, 1))).toEqual([
      'Dalfsen 2026-03-30 12:00-14:00 noProfessional',
    ])
  })
})

describe('shiftsWithoutTrainedColleague(): someone in training beside a trained colleague', () => {
  // User 1 is trained, 2 is in training; people without an account count as in training.
  const trained = (id?: number | string) => id !== undefined && String(id) === '1'
  const rostered = (
    id: string,
    location: number,
    from: string,
    to: string,
    people: RosteredPerson[],
    date = MONDAY,
  ) => ({
    id,
    location,
    startsAt: at(date, from),
    endsAt: at(date, to),
    people,
  })
  const ria = { userId: 1, name: 'Ria' }
  const ahmed = { userId: 2, name: 'Ahmed' }
  const lotte = { name: 'Lotte' }

  it('flags someone in training alone, also someone without an account, and not a trained colleague alone', () => {
    const flagged = shiftsWithoutTrainedColleague(
      [
        rostered('a', 1, '09:00', '12:00', [ahmed]),
        rostered('b', 2, '09:00', '12:00', [lotte]),
        rostered('c', 3, '09:00', '12:00', [ria]),
        rostered('d', 4, '09:00', '12:00', [ria, lotte]),
      ],
      trained,
    )
    expect([...flagged]).toEqual([
      ['a', ['Ahmed']],
      ['b', ['Lotte']],
    ])
  })

  it('flags a shift a trained colleague covers only partly, and not one covered by shifts in turn', () => {
    const partly = shiftsWithoutTrainedColleague(
      [rostered('a', 1, '09:00', '12:00', [ahmed]), rostered('b', 1, '10:00', '12:00', [ria])],
      trained,
    )
    expect([...partly.keys()]).toEqual(['a'])
    const inTurn = shiftsWithoutTrainedColleague(
      [
        rostered('a', 1, '09:00', '12:00', [ahmed]),
        rostered('b', 1, '08:00', '10:30', [ria]),
        rostered('c', 1, '10:30', '12:00', [ria]),
      ],
      trained,
    )
    expect([...inTurn.keys()]).toEqual([])
  })

  it('counts a trained colleague on an overnight shift on the same desk only', () => {
    const sunday = '2026-03-29'
    const night = { id: 'n', location: 1, startsAt: at(sunday, '22:00'), endsAt: at(MONDAY, '10:00'), people: [ria] }
    expect([
      ...shiftsWithoutTrainedColleague([night, rostered('a', 1, '08:00', '10:00', [ahmed])], trained).keys(),
    ]).toEqual([])
    expect([
      ...shiftsWithoutTrainedColleague([night, rostered('a', 2, '08:00', '10:00', [ahmed])], trained).keys(),
    ]).toEqual(['a'])
    expect([
      ...shiftsWithoutTrainedColleague([night, rostered('a', 1, '08:00', '11:00', [ahmed])], trained).keys(),
    ]).toEqual(['a'])
  })
})
