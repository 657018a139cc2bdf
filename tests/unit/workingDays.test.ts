import { describe, expect, it } from '@jest/globals'

import { localInstant } from '../../src/lib/localTime'
import { workingDaysBetween, workingDaysPassed } from '../../src/lib/workingDays'

// 2 November 2026 is a Monday; the times are UTC, the days Dutch local dates.
const at = (iso: string) => new Date(iso)

describe('working days', () => {
  it('counts the weekdays after the first day, up to and including the last', () => {
    expect(workingDaysBetween(at('2026-11-02T09:00:00Z'), at('2026-11-02T15:00:00Z'))).toBe(0)
    expect(workingDaysBetween(at('2026-11-02T09:00:00Z'), at('2026-11-04T08:00:00Z'))).toBe(2)
    // Friday to Monday is one working day.
    expect(workingDaysBetween(at('2026-11-06T09:00:00Z'), at('2026-11-09T09:00:00Z'))).toBe(1)
  })

  it('uses Dutch local dates: 23:30 UTC on Monday is already Tuesday in Amsterdam', () => {
    expect(workingDaysBetween(at('2026-11-02T23:30:00Z'), at('2026-11-04T09:00:00Z'))).toBe(1)
  })

  it('flags a referral sent on Friday only on Tuesday', () => {
    const friday = at('2026-11-06T10:00:00Z')
    expect(workingDaysPassed(friday, at('2026-11-09T10:00:00Z'), 2)).toBe(false)
    expect(workingDaysPassed(friday, at('2026-11-10T10:00:00Z'), 2)).toBe(true)
  })
})

describe('local time', () => {
  it('finds the instant of a Dutch wall-clock time next to a switch of the clocks', () => {
    const instant = (date: string, time: string) => localInstant(date, time).toISOString()
    expect(instant('2026-07-01', '09:00')).toBe('2026-07-01T07:00:00.000Z')
    // The hour before the clocks go back is still summer time; the hour before they go forward winter time.
    expect(instant('2026-10-25', '01:30')).toBe('2026-10-24T23:30:00.000Z')
    expect(instant('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z')
    // 02:30 on 25 October happens twice: the winter time one.
    expect(instant('2026-10-25', '02:30')).toBe('2026-10-25T01:30:00.000Z')
    expect(instant('2026-10-25', '03:30')).toBe('2026-10-25T02:30:00.000Z')
  })
})
