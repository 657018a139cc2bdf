import { beforeAll, describe, expect, it } from '@jest/globals'

import { activeAnnouncements } from '../../src/startpage/announcements'
import { loadStartpage } from '../../src/startpage/load'
import { sectionOrder } from '../../src/startpage/sections'
import type { DigitalSource, User } from '../../src/payload-types'
import { api, createRoleUsers } from '../helpers/api'
import { createBasics, theStartpage, tinyPdf, unique } from '../helpers/fixtures'
import { uploadForm } from '../helpers/uploads'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>
const asUser = async (role: keyof typeof users) =>
  ({ ...(await app.payload.findByID({ collection: 'users', id: users[role].id })), collection: 'users' }) as User

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
})

describe('announcements and sections', () => {
  const now = new Date('2026-06-10T10:00:00Z')
  it('shows only published, unexpired announcements, important first', () => {
    const list = [
      { title: 'verlopen', expiresAt: '2026-06-10T09:00:00Z' },
      { title: 'later', publishAt: '2026-06-11T00:00:00Z' },
      { title: 'gewoon', publishAt: '2026-06-01T00:00:00Z' },
      { title: 'zonder data' },
      { title: 'belangrijk', important: true, expiresAt: '2026-06-12T00:00:00Z' },
    ]
    expect(activeAnnouncements(list, now).map((item) => item.title)).toEqual(['belangrijk', 'gewoon', 'zonder data'])
  })

  it('keeps the configured section order, drops unknown and repeated ones, and defaults to all', () => {
    expect(sectionOrder(['sources', 'roster', 'sources', 'onbekend'])).toEqual(['sources', 'roster'])
    expect(sectionOrder([])).toContain('quickActions')
  })
})

describe("the network's startpage", () => {
  let path: string
  beforeAll(async () => {
    path = `/api/startpages/${(await theStartpage(app.payload)).id}`
  })

  it('is edited by communications staff only, as drafts until published', async () => {
    const denied = await api(app.url, 'PATCH', path, {
      token: users.baliemedewerker.token,
      body: { intro: 'Mag niet' },
    })
    expect(denied.status).toBe(403)

    const published = await api(app.url, 'PATCH', path, {
      token: users.communicatie.token,
      body: { intro: 'Gepubliceerde tekst', _status: 'published' },
    })
    expect(published.status).toBe(200)
    const draft = await api(app.url, 'PATCH', `${path}?draft=true`, {
      token: users.communicatie.token,
      body: { intro: 'Concepttekst', _status: 'draft' },
    })
    expect(draft.status).toBe(200)

    const desk = await asUser('baliemedewerker')
    const editor = await asUser('communicatie')
    expect((await loadStartpage(app.payload, desk)).intro).toBe('Gepubliceerde tekst')
    // Asking for the draft as a desk worker still gives the published version.
    expect((await loadStartpage(app.payload, desk, { draft: true })).intro).toBe('Gepubliceerde tekst')
    expect((await loadStartpage(app.payload, editor, { draft: true })).intro).toBe('Concepttekst')
    expect((await loadStartpage(app.payload, editor)).intro).toBe('Gepubliceerde tekst')

    // Over REST too, the draft is for editors only.
    const deskDraft = await api(app.url, 'GET', `${path}?draft=true`, {
      token: users.baliemedewerker.token,
    })
    expect(deskDraft.status).toBe(403)
    // However the parameter is repeated or spelled, the answer follows the draft the read would give.
    for (const query of ['draft=true&draft=false', 'draft=false&draft=true', 'draft[]=true', 'draft=true&draft=true']) {
      const res = await api(app.url, 'GET', `${path}?${query}`, { token: users.baliemedewerker.token })
      expect([query, res.status === 403 || res.body?.intro === 'Gepubliceerde tekst']).toEqual([query, true])
      expect(JSON.stringify(res.body)).not.toContain('Concepttekst')
    }
    const deskPublished = await api(app.url, 'GET', path, { token: users.baliemedewerker.token })
    expect(deskPublished.body.intro).toBe('Gepubliceerde tekst')
    const editorDraft = await api(app.url, 'GET', `${path}?draft=true`, {
      token: users.communicatie.token,
    })
    expect(editorDraft.body.intro).toBe('Concepttekst')

    const versions = await api(app.url, 'GET', '/api/startpages/versions?depth=0', {
      token: users.communicatie.token,
    })
    expect(versions.status).toBe(200)
    expect(versions.body.totalDocs).toBeGreaterThanOrEqual(2)
    expect(versions.body.docs[0].version.updatedBy).toBe(users.communicatie.id)
    expect((await api(app.url, 'GET', '/api/startpages/versions', { token: users.baliemedewerker.token })).status).toBe(
      403,
    )
  })

  it('refuses an announcement that expires before it is shown', async () => {
    const refused = await api(app.url, 'PATCH', path, {
      token: users.communicatie.token,
      body: {
        announcements: [{ title: 'Scheef', publishAt: '2026-06-10T10:00:00Z', expiresAt: '2026-06-01T10:00:00Z' }],
      },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('moet na')
  })
})

describe('what the startpage shows', () => {
  it('groups sources with pinned first and broken marked, and lists the latest version of each document', async () => {
    const create = (data: Pick<DigitalSource, 'title' | 'url'> & Partial<DigitalSource>) =>
      app.payload.create({
        collection: 'digital-sources',
        data: { category: 'money', audienceRoles: ['baliemedewerker'], ...data },
      })
    await create({ title: 'B gewone bron', url: 'https://b.example.org', order: 1 })
    await create({ title: 'A vastgepind', url: 'https://a.example.org', pinned: true, order: 50 })
    await create({
      title: 'C kapot',
      url: 'https://c.example.org',
      order: 2,
      lastCheck: { status: 'broken', httpStatus: 404 },
    })
    await create({ title: 'Alleen coördinatoren', url: 'https://d.example.org', audienceRoles: ['coordinator'] })

    const title = unique('Werkomschrijving')
    for (const versionDate of ['2025-01-01T00:00:00Z', '2026-02-01T00:00:00Z']) {
      const upload = await api(app.url, 'POST', '/api/work-documents', {
        token: users.communicatie.token,
        body: uploadForm(
          { data: tinyPdf(), name: `${title}-${versionDate.slice(0, 4)}.pdf`, mimetype: 'application/pdf' },
          { title, category: 'job-description', versionDate, audienceRoles: ['baliemedewerker'] },
        ),
      })
      expect(upload.status).toBe(201)
    }

    const data = await loadStartpage(app.payload, await asUser('baliemedewerker'))
    const money = data.sources.find((group) => group.key === 'money')!
    expect(money.label).toBe('Geld en regelingen')
    expect(money.items.map((item) => item.title)).toEqual(['A vastgepind', 'B gewone bron', 'C kapot'])
    expect(money.items[2].lastCheck?.status).toBe('broken')

    const documents = data.documents.find((group) => group.key === 'job-description')!
    const mine = documents.items.filter((doc) => doc.title === title)
    expect(mine).toHaveLength(1)
    expect(mine[0].versionDate).toBe('2026-02-01T00:00:00.000Z')
    // The download goes through Payload's access-controlled file route.
    expect(mine[0].url).toMatch(/^\/api\/work-documents\/file\//)
    const file = await fetch(`${app.url}${mine[0].url}`)
    expect(file.status).toBe(403)
    const allowed = await api(app.url, 'GET', mine[0].url!, { token: users.baliemedewerker.token })
    expect(allowed.status).toBe(200)
  })

  it("shows today's shifts per Infopunt and coverage gaps only to coordinators", async () => {
    const now = new Date()
    const start = new Date(now.getTime() - 30 * 60_000)
    await app.payload.create({
      collection: 'roster-shifts',
      data: {
        location: basics.location.id,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
        staff: [users.baliemedewerker.id as number],
        role: 'professional',
        organisation: basics.organisation.id,
      },
    })
    const desk = await loadStartpage(app.payload, await asUser('baliemedewerker'), { now })
    const today = desk.desks.find((item) => item.id === basics.location.id)!
    expect(today.now).toHaveLength(1)
    expect(today.now[0].people).toEqual([{ name: 'Test baliemedewerker', hasAccount: true, inTraining: false }])
    expect(today.now[0].organisation).toBe(basics.organisation.name)
    expect(desk.gaps).toBeNull()

    await app.payload.update({
      collection: 'locations',
      id: basics.location.id,
      data: {
        openingHours: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((weekday) => ({
          weekday,
          opens: '00:00',
          closes: '23:59',
        })),
      },
    })
    const coordinator = await loadStartpage(app.payload, await asUser('coordinator'), { now })
    const gaps = coordinator.gaps!.filter((gap) => gap.locationId === basics.location.id)
    expect(gaps.length).toBeGreaterThanOrEqual(7)
    expect(gaps.some((gap) => gap.level === 'single')).toBe(true)
    expect(gaps.every((gap) => Date.parse(gap.endsAt) > now.getTime())).toBe(true)
  })

  it('shows a change to any section on the next view', async () => {
    const desk = await asUser('baliemedewerker')
    const source = await app.payload.create({
      collection: 'digital-sources',
      data: {
        title: unique('Bron'),
        url: 'https://e.example.org',
        category: 'money',
        audienceRoles: ['baliemedewerker'],
      },
    })
    const sourceTitles = async () =>
      (await loadStartpage(app.payload, desk)).sources.flatMap((group) => group.items.map((item) => item.title))
    expect(await sourceTitles()).toContain(source.title)
    await app.payload.update({ collection: 'digital-sources', id: source.id, data: { title: `${source.title} nieuw` } })
    expect(await sourceTitles()).toContain(`${source.title} nieuw`)

    const title = unique('Mededeling')
    await app.payload.update({
      collection: 'startpages',
      id: (await theStartpage(app.payload)).id,
      data: { _status: 'published', announcements: [{ title }] },
    })
    expect((await loadStartpage(app.payload, desk)).announcements.map((item) => item.title)).toContain(title)

    const start = new Date(Date.now() - 10 * 60_000)
    await app.payload.create({
      collection: 'roster-shifts',
      data: {
        location: basics.location.id,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
        externalNames: ['Nieuwe vrijwilliger'],
        role: 'volunteer',
      },
    })
    const deskNow = async () =>
      (await loadStartpage(app.payload, desk)).desks
        .find((item) => item.id === basics.location.id)!
        .now.flatMap((shift) => shift.people.map((person) => person.name))
    expect(await deskNow()).toContain('Nieuwe vrijwilliger')
    // The desk worker's own shift from the test before: a new name shows there.
    await app.payload.update({ collection: 'users', id: users.baliemedewerker.id, data: { name: 'Hernoemde collega' } })
    expect(await deskNow()).toContain('Hernoemde collega')
    await app.payload.update({
      collection: 'users',
      id: users.baliemedewerker.id,
      data: { name: 'Test baliemedewerker' },
    })

    const location = unique('Infopunt Hernoemd')
    await app.payload.update({ collection: 'locations', id: basics.location.id, data: { name: location } })
    expect((await loadStartpage(app.payload, desk)).desks.map((item) => item.name)).toContain(location)
  })
})
