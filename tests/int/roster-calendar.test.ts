import { beforeAll, describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'

import { api, createRoleUsers } from '../helpers/api'
import { localInstant, localParts } from '../../src/lib/localTime'
import { createBasics, kernIn, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>

const hoursFromNow = (hours: number) => {
  const date = new Date(Date.now() + hours * 3600_000)
  date.setUTCMinutes(0, 0, 0)
  return date.toISOString()
}

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
  await app.payload.update({
    collection: 'users',
    id: users.baliemedewerker.id,
    data: { name: 'Anna de Vries; balie, Dalfsen' },
  })
  await app.payload.create({
    collection: 'roster-shifts',
    data: {
      location: basics.location.id,
      startsAt: hoursFromNow(24),
      endsAt: hoursFromNow(27),
      staff: [users.baliemedewerker.id as number],
      externalNames: ['Lotte Hendriks'],
      role: 'volunteer',
      notes: 'Sleutel ophalen bij de beheerder, daarna koffie zetten voor de eerste bezoekers van de ochtend.',
    },
  })
  await app.payload.create({
    collection: 'roster-shifts',
    data: {
      location: basics.location.id,
      startsAt: hoursFromNow(48),
      endsAt: hoursFromNow(50),
      staff: [users.coordinator.id as number],
      role: 'professional',
    },
  })
})

const parse = (text: string) => new ICAL.Component(ICAL.parse(text))

describe('calendar feeds', () => {
  it('requires a login to get a feed secret', async () => {
    expect((await api(app.url, 'POST', '/api/roster/calendar-token')).status).toBe(401)
  })

  it('answers 401 without a valid secret', async () => {
    const unknown = await fetch(`${app.url}/api/roster/calendar/${'x'.repeat(32)}/mijn-diensten.ics`)
    expect(unknown.status).toBe(401)
    expect(await unknown.text()).toContain('agendakoppeling')
  })

  it("serves the user's own shifts and an Infopunt's shifts as valid iCalendar", async () => {
    const issued = await api(app.url, 'POST', '/api/roster/calendar-token', { token: users.baliemedewerker.token })
    expect(issued.status).toBe(201)
    const { feeds } = issued.body
    expect(feeds.mine).toMatch(/\/api\/roster\/calendar\/[A-Za-z0-9_-]{32}\/mijn-diensten\.ics$/)

    const mineURL = feeds.mine.replace(/^https?:\/\/[^/]+/, app.url)
    const mine = await fetch(mineURL)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toContain('text/calendar')
    const raw = await mine.text()
    expect(raw.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    const calendar = parse(raw)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events).toHaveLength(1) // only the shift this user works
    const [event] = events
    expect(event.summary).toBe(`Dienst ${basics.location.name}`)
    expect(event.startDate.toJSDate().toISOString()).toBe(hoursFromNow(24))
    expect(event.endDate.toJSDate().toISOString()).toBe(hoursFromNow(27))
    expect(event.description).toContain('Samen met: Lotte Hendriks')
    expect(event.description).toContain('koffie zetten voor de eerste bezoekers') // unfolded intact
    expect(event.uid).toMatch(/@infopunt$/)

    const location = feeds.locations.find((item: { id: number }) => item.id === basics.location.id)
    const desk = parse(await (await fetch(location.url.replace(/^https?:\/\/[^/]+/, app.url))).text())
    const deskEvents = desk.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(deskEvents).toHaveLength(2)
    // Escaped text (semicolon, comma) comes back exactly.
    expect(deskEvents[0].summary).toBe(`${basics.location.name}: Anna de Vries; balie, Dalfsen, Lotte Hendriks`)
    expect(deskEvents[1].summary).toBe(`${basics.location.name}: Test coordinator`)
  })

  it('stops the old URLs when the user makes a new secret, and all when revoked', async () => {
    const first = await api(app.url, 'POST', '/api/roster/calendar-token', { token: users.coordinator.token })
    const firstURL = first.body.feeds.mine.replace(/^https?:\/\/[^/]+/, app.url)
    expect((await fetch(firstURL)).status).toBe(200)

    const second = await api(app.url, 'POST', '/api/roster/calendar-token', { token: users.coordinator.token })
    const secondURL = second.body.feeds.mine.replace(/^https?:\/\/[^/]+/, app.url)
    expect(secondURL).not.toBe(firstURL)
    expect((await fetch(firstURL)).status).toBe(401)
    expect((await fetch(secondURL)).status).toBe(200)

    expect(
      (await api(app.url, 'DELETE', '/api/roster/calendar-token', { token: users.coordinator.token })).status,
    ).toBe(200)
    expect((await fetch(secondURL)).status).toBe(401)
  })

  it('stores only a hash of the secret, unreadable over REST', async () => {
    const issued = await api(app.url, 'POST', '/api/roster/calendar-token', { token: users.communicatie.token })
    const stored = await app.payload.find({
      collection: 'calendar-feed-tokens',
      where: { user: { equals: users.communicatie.id } },
    })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0].tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.docs[0].tokenHash).not.toBe(issued.body.token)
    const rest = await api(app.url, 'GET', '/api/calendar-feed-tokens', { token: users.beheerder.token })
    expect(rest.status).toBe(403)
  })

  it('answers 404 for an unknown Infopunt or feed name', async () => {
    const issued = await api(app.url, 'POST', '/api/roster/calendar-token', { token: users.beheerder.token })
    const base = issued.body.feeds.mine.replace(/^https?:\/\/[^/]+/, app.url).replace(/mijn-diensten\.ics$/, '')
    expect((await fetch(`${base}infopunt-999999.ics`)).status).toBe(404)
    expect((await fetch(`${base}iets-anders.ics`)).status).toBe(404)
  })
})

describe('repeat weekly until', () => {
  const base = new Date(Date.now() + 10 * 86400_000)
  base.setUTCHours(9, 0, 0, 0)
  const dateOf = (offsetDays: number) => new Date(base.getTime() + offsetDays * 86400_000).toISOString().slice(0, 10)

  it('creates a weekly series at the same local time, for coordinators only', async () => {
    const shift = await app.payload.create({
      collection: 'roster-shifts',
      data: {
        location: basics.location.id,
        startsAt: base.toISOString(),
        endsAt: new Date(base.getTime() + 3 * 3600_000).toISOString(),
        externalNames: ['Johan Brink'],
        role: 'volunteer',
      },
    })
    const path = `/api/roster-shifts/${shift.id}/repeat`
    expect((await api(app.url, 'POST', path, { body: { until: dateOf(21) } })).status).toBe(401)
    expect(
      (await api(app.url, 'POST', path, { token: users.baliemedewerker.token, body: { until: dateOf(21) } })).status,
    ).toBe(403)
    const bad = await api(app.url, 'POST', path, { token: users.coordinator.token, body: { until: 'volgende week' } })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toContain('JJJJ-MM-DD')

    const done = await api(app.url, 'POST', path, { token: users.coordinator.token, body: { until: dateOf(21) } })
    expect(done.status).toBe(201)
    expect(done.body.created).toBe(3)
    const series = await app.payload.find({
      collection: 'roster-shifts',
      where: { seriesId: { equals: done.body.seriesId } },
      sort: 'startsAt',
    })
    expect(series.docs).toHaveLength(4)
    const local = (iso: string) =>
      new Intl.DateTimeFormat('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(iso))
    expect(new Set(series.docs.map((doc) => local(doc.startsAt))).size).toBe(1)
  })

  it('refuses the whole series with the overlap message when one week clashes', async () => {
    const start = new Date(base.getTime() + 1 * 86400_000)
    const shift = await app.payload.create({
      collection: 'roster-shifts',
      data: {
        location: basics.location.id,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
        staff: [users.baliemedewerker.id as number],
        role: 'volunteer',
      },
    })
    // The same person is already booked two weeks later, overlapping.
    await app.payload.create({
      collection: 'roster-shifts',
      data: {
        location: basics.location.id,
        startsAt: new Date(start.getTime() + 14 * 86400_000 + 3600_000).toISOString(),
        endsAt: new Date(start.getTime() + 14 * 86400_000 + 4 * 3600_000).toISOString(),
        staff: [users.baliemedewerker.id as number],
        role: 'volunteer',
      },
    })
    const before = await app.payload.count({ collection: 'roster-shifts' })
    const refused = await api(app.url, 'POST', `/api/roster-shifts/${shift.id}/repeat`, {
      token: users.coordinator.token,
      body: { until: dateOf(1 + 28) },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatch(/staat al ingeroosterd op .* Er is niets herhaald\./)
    expect((await app.payload.count({ collection: 'roster-shifts' })).totalDocs).toBe(before.totalDocs)
    const original = await app.payload.findByID({ collection: 'roster-shifts', id: shift.id })
    expect(original.seriesId ?? null).toBeNull()
  })
})

describe('the pairing rule on save (volunteers beside a professional)', () => {
  const day = localParts(new Date(Date.now() + 30 * 86400_000)).date
  const at = (time: string) => localInstant(day, time).toISOString()
  const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((weekday) => ({
    weekday: weekday as 'mon',
    opens: '09:00',
    closes: '17:00',
  }))
  let location: { id: number | string }
  const volunteerShift = (from: string, to: string, name: string) => ({
    location: location.id,
    startsAt: at(from),
    endsAt: at(to),
    externalNames: [name],
    role: 'volunteer',
  })

  beforeAll(async () => {
    location = await app.payload.create({
      collection: 'locations',
      data: {
        name: unique('Infopunt Koppel'),
        kern: await kernIn(app.payload, 'Dalfsen'),
        openingHours: everyDay,
        staffing: { minimumStaff: 2, requireProfessional: true, pairingEnforcement: 'refuse' },
      },
    })
  })

  it('refuses a volunteer alone where the Infopunt says so, in Dutch, and stores nothing', async () => {
    const before = (await app.payload.count({ collection: 'roster-shifts' })).totalDocs
    const refused = await api(app.url, 'POST', '/api/roster-shifts', {
      token: users.coordinator.token,
      body: volunteerShift('10:00', '12:00', 'Vera Alleen'),
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('zonder beroepskracht')
    expect((await app.payload.count({ collection: 'roster-shifts' })).totalDocs).toBe(before)
  })

  it('accepts volunteers beside a professional, and refuses shortening the professional away', async () => {
    const pro = await api(app.url, 'POST', '/api/roster-shifts', {
      token: users.coordinator.token,
      body: {
        location: location.id,
        startsAt: at('10:00'),
        endsAt: at('12:00'),
        externalNames: ['Bert Beroeps'],
        role: 'professional',
      },
    })
    expect(pro.status).toBe(201)
    const volunteer = await api(app.url, 'POST', '/api/roster-shifts', {
      token: users.coordinator.token,
      body: volunteerShift('10:00', '12:00', 'Vera Naast'),
    })
    expect(volunteer.status).toBe(201)
    expect(volunteer.body.doc.pairingWarning ?? null).toBeNull()
    const shortened = await api(app.url, 'PATCH', `/api/roster-shifts/${pro.body.doc.id}`, {
      token: users.coordinator.token,
      body: { endsAt: at('11:00') },
    })
    expect(shortened.status).toBe(400)
    expect(JSON.stringify(shortened.body)).toMatch(/zonder beroepskracht op de balie: .*11:00–12:00/)
    const stored = await app.payload.findByID({ collection: 'roster-shifts', id: pro.body.doc.id })
    expect(stored.endsAt).toBe(at('12:00'))
  })

  it('saves with a warning where the Infopunt only warns, shown on the shift but not in lists', async () => {
    const changed = await api(app.url, 'PATCH', `/api/locations/${location.id}`, {
      token: users.beheerder.token,
      body: { staffing: { minimumStaff: 2, requireProfessional: true, pairingEnforcement: 'warn' } },
    })
    expect(changed.status).toBe(200)
    const saved = await api(app.url, 'POST', '/api/roster-shifts', {
      token: users.coordinator.token,
      body: volunteerShift('14:00', '16:00', 'Vera Middag'),
    })
    expect(saved.status).toBe(201)
    expect(saved.body.doc.pairingWarning).toMatch(/vrijwilligers zonder beroepskracht op de balie: .*14:00–16:00/)
    const read = await api(app.url, 'GET', `/api/roster-shifts/${saved.body.doc.id}`, {
      token: users.baliemedewerker.token,
    })
    expect(read.body.pairingWarning).toContain('zonder beroepskracht')
    const list = await api(app.url, 'GET', `/api/roster-shifts?where[id][equals]=${saved.body.doc.id}`, {
      token: users.coordinator.token,
    })
    expect(list.body.docs[0].pairingWarning ?? null).toBeNull()
  })
})
