import { describe, expect, it } from '@jest/globals'

import { localParts } from '../../src/lib/localTime'

const reference = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
})

describe('Dutch local time of an instant', () => {
  it('reads as the time zone database does, around every switch of the clocks too', () => {
    const instants: number[] = []
    // Each minute around the switches of 2026 (29 March and 25 October, 01:00 UTC) and of 1977.
    for (const switchAt of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '1977-04-03T01:00:00Z'])
      for (let minute = -120; minute <= 120; minute++) instants.push(Date.parse(switchAt) + minute * 60_000 + 59_999)
    // And instants spread over a century, at odd seconds.
    for (let step = 0; step < 2000; step++) instants.push(Date.UTC(1950, 0, 1) + step * 1_577_836_789)
    for (const time of instants) {
      const parts = Object.fromEntries(reference.formatToParts(time).map((part) => [part.type, part.value]))
      expect(localParts(new Date(time))).toEqual({
        date: `${parts.year}-${parts.month}-${parts.day}`,
        weekday: parts.weekday.toLowerCase(),
        time: `${parts.hour}:${parts.minute}`,
      })
    }
  })
})
