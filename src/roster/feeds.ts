import type { Payload } from 'payload'

import { formatTime } from '@/lib/dates'
import { serverURL } from '@/config/serverURL'
import type { User } from '@/payload-types'

import { buildCalendar, type CalendarEvent } from './ical'
import { loadShifts, roleLabel, type ShiftView } from './shifts'

/** Feeds cover the recent past (so a calendar keeps last weeks) and the coming quarter. */
const PAST_DAYS = 28
const FUTURE_DAYS = 92

export type FeedKind = { kind: 'mine' } | { kind: 'location'; location: number | string }

/** "mijn-diensten.ics" or "infopunt-<id>.ics"; anything else is not a feed. */
export const parseFeedName = (name: string): FeedKind | null => {
  if (name === 'mijn-diensten.ics') return { kind: 'mine' }
  const match = /^infopunt-([A-Za-z0-9]{1,40})\.ics$/.exec(name)
  if (!match) return null
  return { kind: 'location', location: /^\d+$/.test(match[1]) ? Number(match[1]) : match[1] }
}

export const feedURLs = (token: string, locations: { id: number | string; name: string }[]) => ({
  mine: `${serverURL()}/api/roster/calendar/${token}/mijn-diensten.ics`,
  locations: locations.map((location) => ({
    id: location.id,
    name: location.name,
    url: `${serverURL()}/api/roster/calendar/${token}/infopunt-${location.id}.ics`,
  })),
})

const describeShift = (shift: ShiftView, forUser?: User) => {
  const others = shift.people.filter((person, index) => !(forUser && shift.staffIds[index] === forUser.id))
  return [
    `${formatTime(shift.startsAt)}–${formatTime(shift.endsAt)} ${shift.locationName}`,
    `Rol: ${roleLabel(shift.role)}${shift.organisation ? `, namens ${shift.organisation}` : ''}`,
    forUser
      ? others.length
        ? `Samen met: ${others.map((person) => person.name).join(', ')}`
        : ''
      : `Ingeroosterd: ${shift.people.map((person) => person.name).join(', ')}`,
    shift.notes ?? '',
  ]
    .filter(Boolean)
    .join('\n')
}

/** The iCalendar text of one feed for the feed's owner, or null when the Infopunt does not exist. */
export const calendarFeed = async (
  payload: Payload,
  user: User,
  feed: FeedKind,
  now = new Date(),
): Promise<{ name: string; body: string } | null> => {
  const range = {
    from: new Date(now.getTime() - PAST_DAYS * 86400_000),
    to: new Date(now.getTime() + FUTURE_DAYS * 86400_000),
  }
  let name: string
  let shifts: ShiftView[]
  if (feed.kind === 'mine') {
    name = `Mijn diensten Infopunt (${user.name})`
    shifts = await loadShifts(payload, user, { ...range, staff: user.id })
  } else {
    const location = await payload
      .findByID({ collection: 'locations', id: feed.location, user, overrideAccess: false, depth: 0 })
      .catch(() => null)
    if (!location) return null
    name = `Rooster ${location.name}`
    shifts = await loadShifts(payload, user, { ...range, location: location.id })
  }
  const events: CalendarEvent[] = shifts.map((shift) => ({
    uid: `rooster-${shift.id}@infopunt`,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    summary:
      feed.kind === 'mine'
        ? `Dienst ${shift.locationName}`
        : `${shift.locationName}: ${shift.people.map((person) => person.name).join(', ')}`,
    location: shift.locationName,
    description: describeShift(shift, feed.kind === 'mine' ? user : undefined),
  }))
  return { name, body: buildCalendar(name, events, { now }) }
}
