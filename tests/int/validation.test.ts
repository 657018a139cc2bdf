/** Invalid input over REST: 400 with a Dutch message on the right field, and nothing written. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import { api, createRoleUsers, TEST_PASSWORD } from '../helpers/api'
import { createBasics, unique } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  app = await startTestApp()
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
})
afterAll(async () => {
  await app?.close()
})

interface FieldError {
  path: string
  message: string
}

/** Sends an invalid body and checks: 400, the field named, a Dutch message, no new document. */
const expectRefused = async (
  collection: CollectionSlug,
  body: Record<string, unknown>,
  field: string,
  message: RegExp,
  options: { token?: string; method?: string; id?: number | string } = {},
) => {
  const before = (await app.payload.count({ collection })).totalDocs
  const path = options.id !== undefined ? `/api/${collection}/${options.id}` : `/api/${collection}`
  const res = await api(app.url, options.method ?? 'POST', path, {
    token: options.token ?? users.beheerder.token,
    body,
  })
  expect(res.status).toBe(400)
  const errors: FieldError[] = res.body.errors[0].data.errors
  const error = errors.find((candidate) => candidate.path === field)
  expect(error).toBeDefined()
  expect(error!.message).toMatch(message)
  expect((await app.payload.count({ collection })).totalDocs).toBe(before)
  return error!
}

const at = (hours: number) => new Date(Date.UTC(2031, 4, 5, 7) + hours * 3600_000).toISOString()

describe('referral mailboxes', () => {
  it('refuses a malformed e-mail address', () =>
    expectRefused(
      'referral-mailboxes',
      { email: 'geen-adres', location: basics.location.id },
      'email',
      /geldig e-mailadres/i,
    ))

  it('refuses a second mailbox with the same address', async () => {
    const email = `${unique('dubbel')}@example.org`
    await app.payload.create({ collection: 'referral-mailboxes', data: { email, location: basics.location.id } })
    await expectRefused('referral-mailboxes', { email, location: basics.location.id }, 'email', /uniek/i)
  })

  it('refuses a location that does not exist', () =>
    expectRefused(
      'referral-mailboxes',
      { email: `${unique('x')}@example.org`, location: 987654321 },
      'location',
      /bestaat niet/,
    ))
})

describe('roster shifts', () => {
  it('refuses a shift that ends before it starts', () =>
    expectRefused(
      'roster-shifts',
      { location: basics.location.id, startsAt: at(3), endsAt: at(1), externalNames: ['Piet'], role: 'volunteer' },
      'endsAt',
      /na het begin/,
    ))

  it('refuses booking a staff member on two overlapping shifts, naming the clash', async () => {
    await app.payload.create({
      collection: 'roster-shifts',
      data: {
        location: basics.location.id,
        startsAt: at(10),
        endsAt: at(13),
        staff: [users.baliemedewerker.id as number],
        role: 'volunteer',
      },
    })
    const error = await expectRefused(
      'roster-shifts',
      {
        location: basics.location.id,
        startsAt: at(12),
        endsAt: at(14),
        staff: [users.baliemedewerker.id],
        role: 'volunteer',
      },
      'staff',
      /staat al ingeroosterd/,
    )
    expect(error.message).toContain('Test baliemedewerker')
  })

  it('refuses the same for a person without an account, matched by name', async () => {
    await app.payload.create({
      collection: 'roster-shifts',
      data: {
        location: basics.location.id,
        startsAt: at(20),
        endsAt: at(22),
        externalNames: ['Tineke Post'],
        role: 'volunteer',
      },
    })
    await expectRefused(
      'roster-shifts',
      {
        location: basics.location.id,
        startsAt: at(21),
        endsAt: at(23),
        externalNames: ['tineke  post'],
        role: 'volunteer',
      },
      'externalNames',
      /Tineke Post staat al ingeroosterd/,
    )
  })

  it('accepts back-to-back shifts for the same person', async () => {
    const res = await api(app.url, 'POST', '/api/roster-shifts', {
      token: users.coordinator.token,
      body: {
        location: basics.location.id,
        startsAt: at(13),
        endsAt: at(15),
        staff: [users.baliemedewerker.id],
        role: 'volunteer',
      },
    })
    expect(res.status).toBe(201)
  })

  it('refuses a shift with nobody on it', () =>
    expectRefused(
      'roster-shifts',
      { location: basics.location.id, startsAt: at(30), endsAt: at(31), role: 'volunteer' },
      'externalNames',
      /minstens één/,
    ))
})

describe('users', () => {
  it('refuses an unknown role', () =>
    expectRefused(
      'users',
      { email: `${unique('rol')}@test.example`, password: TEST_PASSWORD, name: 'X', role: 'superuser' },
      'role',
      /ongeldig/i,
    ))

  it('refuses a missing name', () =>
    expectRefused(
      'users',
      { email: `${unique('naam')}@test.example`, password: TEST_PASSWORD, role: 'baliemedewerker' },
      'name',
      /verplicht/i,
    ))
})

describe('registrations', () => {
  const registration = (extra: Record<string, unknown>) => ({
    location: basics.location.id,
    themes: [basics.theme.id],
    answerType: 'information',
    ...extra,
  })

  it('refuses one without an answer type', () =>
    expectRefused('registrations', registration({ answerType: undefined }), 'answerType', /verplicht/i, {
      token: users.baliemedewerker.token,
    }))

  it('refuses a warm referral without the organisation referred to', () =>
    expectRefused(
      'registrations',
      registration({ answerType: 'warm-referral' }),
      'referredOrganisations',
      /Kies de organisatie/,
      {
        token: users.baliemedewerker.token,
      },
    ))

  it('refuses a date in the future', () =>
    expectRefused('registrations', registration({ occurredAt: '2099-01-01T10:00:00.000Z' }), 'occurredAt', /toekomst/, {
      token: users.baliemedewerker.token,
    }))

  it('sets registeredBy to the logged-in desk worker, whatever the client sends', async () => {
    const res = await api(app.url, 'POST', '/api/registrations', {
      token: users.baliemedewerker.token,
      body: registration({ registeredBy: users.beheerder.id }),
    })
    expect(res.status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'registrations', id: res.body.doc.id, depth: 0 })
    expect(String(stored.registeredBy)).toBe(String(users.baliemedewerker.id))
  })
})

describe('organisations and Infopunten', () => {
  it('refuses an organisation without a name', () =>
    expectRefused('organisations', { shortDescription: 'Zonder naam.', kindOfHelp: 'formal' }, 'name', /verplicht/i))

  it('refuses a postcode that is not Dutch', () =>
    expectRefused(
      'organisations',
      {
        name: unique('Org'),
        shortDescription: 'Kort.',
        kindOfHelp: 'formal',
        contact: { address: { postalCode: '12345' } },
      },
      'contact.address.postalCode',
      /1234 AB/,
    ))

  it('refuses opening hours in a wrong format', () =>
    expectRefused(
      'locations',
      {
        name: unique('Infopunt'),
        kern: 'Dalfsen',
        municipality: 'Dalfsen',
        openingHours: [{ weekday: 'mon', opens: '9u', closes: '12:00' }],
      },
      'openingHours.0.opens',
      /UU:MM/,
    ))

  it('refuses a closing time before the opening time', () =>
    expectRefused(
      'locations',
      {
        name: unique('Infopunt'),
        kern: 'Dalfsen',
        municipality: 'Dalfsen',
        openingHours: [{ weekday: 'tue', opens: '13:00', closes: '12:00' }],
      },
      'openingHours.0.closes',
      /na de openingstijd/,
    ))

  it('leaves a document unchanged when an update is invalid', async () => {
    const res = await api(app.url, 'PATCH', `/api/organisations/${basics.organisation.id}`, {
      token: users.communicatie.token,
      body: { shortDescription: 'Nieuw', contact: { website: 'javascript:alert(1)' } },
    })
    expect(res.status).toBe(400)
    const stored = await app.payload.findByID({ collection: 'organisations', id: basics.organisation.id })
    expect(stored.shortDescription).toBe('Een testorganisatie.')
  })
})

describe('brand settings', () => {
  it('refuses a primary colour that white text cannot be read on', async () => {
    const res = await api(app.url, 'POST', '/api/globals/brand', {
      token: users.communicatie.token,
      body: { primaryColour: '#ffcc00' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'primaryColour' })
    expect(res.body.errors[0].data.errors[0].message).toMatch(/slecht leesbaar/)
    expect((await app.payload.findGlobal({ slug: 'brand' })).primaryColour).not.toBe('#ffcc00')
  })
})
