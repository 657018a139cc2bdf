import { describe, expect, it } from '@jest/globals'

import { tallyPeriodsOf } from '../../src/registrations/tallies'

describe('the tallies a report period reads', () => {
  it('reads whole months by their month tally and the days of a month begun or ended part-way by theirs', () => {
    expect(tallyPeriodsOf('2026-01-01', '2026-12-31')).toEqual(
      Array.from({ length: 12 }, (_, month) => `2026-${String(month + 1).padStart(2, '0')}`),
    )
    expect(tallyPeriodsOf('2026-01-30', '2026-03-02')).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02',
      '2026-03-01',
      '2026-03-02',
    ])
    // A leap year's February ends on the 29th; a single day is that day.
    expect(tallyPeriodsOf('2024-02-01', '2024-02-29')).toEqual(['2024-02'])
    expect(tallyPeriodsOf('2024-02-01', '2024-02-28')).toHaveLength(28)
    expect(tallyPeriodsOf('2026-05-17', '2026-05-17')).toEqual(['2026-05-17'])
    expect(tallyPeriodsOf('2025-12-01', '2026-01-31')).toEqual(['2025-12', '2026-01'])
  })
})
