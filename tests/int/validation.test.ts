/**
 * Invalid input over REST: 400 with Payload's ValidationError shape (errors[0].data.errors), the
 * field named by its path, a Dutch message (the API answers in Dutch: fallbackLanguage is 'nl'),
 * and nothing written, checked through the Local API before and after.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, GlobalSlug, RequiredDataFromCollectionSlug } from 'payload'

import { formatTime } from '../../src/lib/dates'
import { api, createLoggedInUser, createRoleUsers, TEST_PASSWORD } from '../helpers/api'
import { testDatabaseKind } from '../helpers/database'
import { createBasics, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
})

interface FieldError {
  path: string
  message: string
  label: string
}

/** Payload's own Dutch summary above the field errors: "Het volgende veld is ongeldig: …". */
const DUTCH_SUMMARY = /^(Het volgende veld is ongeldig|De volgende velden zijn ongeldig)/

/**
 * A well-formed id that no document has: ids are integers on SQLite and ObjectIds on MongoDB.
 * MALFORMED_ID can be an id on neither.
 */
const MISSING_ID = testDatabaseKind() === 'mongodb' ? '0000000000000000deadbeef' : 987654321
const MALFORMED_ID = 'geen-id'

/** What a request may have written: the number of documents, or the document or global itself. */
const snapshot = async (target: { collection?: CollectionSlug; global?: GlobalSlug; id?: number | string }) => {
  if (target.global) return app.payload.findGlobal({ slug: target.global, depth: 0 })
  if (target.id !== undefined)
    return app.payload.findByID({ collection: target.collection!, id: target.id, depth: 0, overrideAccess: true })
  return (await app.payload.count({ collection: target.collection!, overrideAccess: true })).totalDocs
}

/**
 * Sends an invalid body and checks: 400, Payload's ValidationError shape with the field named, a
 * Dutch message, and nothing written.
 */
const expectRefused = async (
  target: CollectionSlug | { global: GlobalSlug },
  body: Record<string, unknown>,
  field: string,
  message: RegExp,
  options: { token?: string; method?: 'POST' | 'PATCH'; id?: number | string } = {},
): Promise<FieldError> => {
  const where = typeof target === 'string' ? { collection: target, id: options.id } : { global: target.global }
  const path =
    typeof target !== 'string'
      ? `/api/globals/${target.global}`
      : options.id !== undefined
        ? `/api/${target}/${options.id}`
        : `/api/${target}`
  const method = options.method ?? (options.id !== undefined ? 'PATCH' : 'POST')
  const before = await snapshot(where)

  const res = await api(app.url, method, path, { token: options.token ?? users.beheerder.token, body })

  expect(res.status).toBe(400)
  expect(res.body.errors[0].name).toBe('ValidationError')
  expect(res.body.errors[0].message).toMatch(DUTCH_SUMMARY)
  const errors: FieldError[] = res.body.errors[0].data.errors
  expect(errors.map((error) => error.path)).toContain(field)
  const error = errors.find((candidate) => candidate.path === field)!
  expect(error.message).toMatch(message)
  // The field is named as the user knows it (its Dutch label), in the summary too; never by its code name.
  expect(error.label).toMatch(/^[A-Z]/)
  expect(error.label).not.toBe(field)
  expect(res.body.errors[0].message).toContain(error.label)
  expect(await snapshot(where)).toEqual(before)
  return error
}

const at = (hours: number) => new Date(Date.UTC(2031, 4, 5, 7) + hours * 3600_000).toISOString()

describe('referral mailboxes', () => {
  it('refuses a malformed e-mail address', () =>
    expectRefused(
      'referral-mailboxes',
      { email: 'geen-adres', location: basics.location.id },
      'email',
      /Voer een geldig e-mailadres in/,
    ))

  it('refuses a second mailbox with the same address', async () => {
    const email = `${unique('dubbel')}@example.org`
    await app.payload.create({ collection: 'referral-mailboxes', data: { email, location: basics.location.id } })
    await expectRefused('referral-mailboxes', { email, location: basics.location.id }, 'email', /moet uniek zijn/)
  })

  it('stores an address in lower case, so one differing only in capitals is the same address', async () => {
    const email = `${unique('Hoofdletters')}@Example.org`
    const stored = await app.payload.create({
      collection: 'referral-mailboxes',
      data: { email: ` ${email} `, location: basics.location.id },
    })
    expect(stored.email).toBe(email.toLowerCase())
    await expectRefused(
      'referral-mailboxes',
      { email: email.toUpperCase(), location: basics.location.id },
      'email',
      /moet uniek zijn/,
    )
  })

  it('refuses a location that does not exist', () =>
    expectRefused(
      'referral-mailboxes',
      { email: `${unique('x')}@example.org`, location: MISSING_ID },
      'location',
      /bestaat niet/,
    ))
})

describe('roster shifts', () => {
  const shift = (extra: Record<string, unknown>) => ({ location: basics.location.id, role: 'volunteer', ...extra })
  /** An existing shift, made through the Local API. */
  const existingShift = (data: { startsAt: string; endsAt: string; staff?: number[]; externalNames?: string[] }) =>
    app.payload.create({
      collection: 'roster-shifts',
      data: { location: basics.location.id, role: 'volunteer', ...data },
    })

  it('refuses a shift that ends before it starts', () =>
    expectRefused(
      'roster-shifts',
      shift({ startsAt: at(3), endsAt: at(1), externalNames: ['Piet Jansen'] }),
      'endsAt',
      /moet na het begin liggen/,
      { token: users.coordinator.token },
    ))

  it('refuses booking a staff member on two overlapping shifts, naming the person and the clash', async () => {
    const existing = await existingShift({
      startsAt: at(10),
      endsAt: at(13),
      staff: [users.baliemedewerker.id as number],
    })
    const error = await expectRefused(
      'roster-shifts',
      shift({ startsAt: at(12), endsAt: at(14), staff: [users.baliemedewerker.id] }),
      'staff',
      /staat al ingeroosterd/,
      { token: users.coordinator.token },
    )
    expect(error.message).toContain('Test baliemedewerker')
    expect(error.message).toContain(`van ${formatTime(existing.startsAt)} tot ${formatTime(existing.endsAt)}`)
    expect(error.message).toContain(basics.location.name)
  })

  it('refuses the same for a person without an account, matched by name', async () => {
    await existingShift({ startsAt: at(20), endsAt: at(22), externalNames: ['Tineke Post'] })
    await expectRefused(
      'roster-shifts',
      shift({ startsAt: at(21), endsAt: at(23), externalNames: ['tineke  post'] }),
      'externalNames',
      /Tineke Post staat al ingeroosterd/,
      { token: users.coordinator.token },
    )
  })

  it('refuses moving an existing shift onto another one of the same person', async () => {
    const staff = [users.coordinator.id as number]
    await existingShift({ startsAt: at(40), endsAt: at(42), staff })
    const later = await existingShift({ startsAt: at(43), endsAt: at(45), staff })
    await expectRefused('roster-shifts', { startsAt: at(41) }, 'staff', /Test coordinator staat al ingeroosterd/, {
      token: users.coordinator.token,
      id: later.id,
    })
  })

  it('accepts back-to-back shifts for the same person, and a shift edited without moving it', async () => {
    const res = await api(app.url, 'POST', '/api/roster-shifts', {
      token: users.coordinator.token,
      body: shift({ startsAt: at(13), endsAt: at(15), staff: [users.baliemedewerker.id] }),
    })
    expect(res.status).toBe(201)
    const edit = await api(app.url, 'PATCH', `/api/roster-shifts/${res.body.doc.id}`, {
      token: users.coordinator.token,
      body: { notes: 'Sleutel ligt bij de bibliotheek.' },
    })
    expect(edit.status).toBe(200)
  })

  it('refuses a shift with nobody on it', () =>
    expectRefused('roster-shifts', shift({ startsAt: at(30), endsAt: at(31) }), 'externalNames', /Kies minstens één/, {
      token: users.coordinator.token,
    }))
})

describe('users', () => {
  // Accounts are made only through an invitation; the fields are checked when an account is changed.
  it('refuses an unknown role, also from a beheerder', () =>
    expectRefused('users', { role: 'superuser' }, 'role', /ongeldige selectie/, { id: users.baliemedewerker.id }))

  it('refuses an empty name', () =>
    expectRefused('users', { name: '' }, 'name', /Dit veld is verplicht/, { id: users.baliemedewerker.id }))
})

describe('registrations', () => {
  const registration = (extra: Record<string, unknown>) => ({
    location: basics.location.id,
    themes: [basics.theme.id],
    answerType: 'information',
    ...extra,
  })
  const asDeskWorker = () => ({ token: users.baliemedewerker.token })

  it('refuses one without an answer type', () =>
    expectRefused(
      'registrations',
      registration({ answerType: undefined }),
      'answerType',
      /Dit veld is verplicht/,
      asDeskWorker(),
    ))

  it('refuses a warm referral without the organisation referred to', () =>
    expectRefused(
      'registrations',
      registration({ answerType: 'warm-referral' }),
      'referredOrganisations',
      /Kies de organisatie waarnaar is doorverwezen/,
      asDeskWorker(),
    ))

  it('refuses a date in the future', () =>
    expectRefused(
      'registrations',
      registration({ occurredAt: '2099-01-01T10:00:00.000Z' }),
      'occurredAt',
      /kan niet in de toekomst liggen/,
      asDeskWorker(),
    ))

  it('refuses a location id that no document has', () =>
    expectRefused(
      'registrations',
      registration({ location: MISSING_ID }),
      'location',
      /Deze keuze bestaat niet/,
      asDeskWorker(),
    ))

  it('refuses a theme id that no document has, next to one that exists', () =>
    expectRefused(
      'registrations',
      registration({ themes: [basics.theme.id, MISSING_ID] }),
      'themes',
      /Deze keuze bestaat niet/,
      asDeskWorker(),
    ))

  it('names only the missing theme when an existing one is chosen twice beside it', async () => {
    const error = await expectRefused(
      'registrations',
      registration({ themes: [basics.theme.id, basics.theme.id, MISSING_ID] }),
      'themes',
      /Deze keuze bestaat niet/,
      asDeskWorker(),
    )
    expect(error.message).toContain(String(MISSING_ID))
    expect(error.message).not.toContain(`${basics.theme.id},`)
  })

  it('refuses an author that no user is, from a server-side import without a signed-in user', async () => {
    const before = (await app.payload.count({ collection: 'registrations' })).totalDocs
    const attempt = app.payload.create({
      collection: 'registrations',
      data: { ...registration({}), registeredBy: MISSING_ID } as RequiredDataFromCollectionSlug<'registrations'>,
    })
    await expect(attempt).rejects.toMatchObject({
      data: {
        errors: [expect.objectContaining({ path: 'registeredBy', message: expect.stringMatching(/bestaat niet/) })],
      },
    })
    expect((await app.payload.count({ collection: 'registrations' })).totalDocs).toBe(before)
  })

  it('refuses a malformed location id with a Dutch message', () =>
    expectRefused(
      'registrations',
      registration({ location: MALFORMED_ID }),
      'location',
      /bestaat niet|ongeldig/i,
      asDeskWorker(),
    ))

  it('sets registeredBy to the logged-in desk worker, whatever the client sends', async () => {
    const colleague = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
    const res = await api(app.url, 'POST', '/api/registrations', {
      token: users.baliemedewerker.token,
      body: registration({ registeredBy: colleague.id }),
    })
    expect(res.status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'registrations', id: res.body.doc.id, depth: 0 })
    expect(String(stored.registeredBy)).toBe(String(users.baliemedewerker.id))
  })

  it('keeps registeredBy when a desk worker edits their registration and sends another author', async () => {
    const colleague = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
    const created = await api(app.url, 'POST', '/api/registrations', {
      token: users.baliemedewerker.token,
      body: registration({}),
    })
    expect(created.status).toBe(201)
    const res = await api(app.url, 'PATCH', `/api/registrations/${created.body.doc.id}`, {
      token: users.baliemedewerker.token,
      body: { registeredBy: colleague.id },
    })
    expect([200, 400, 403]).toContain(res.status)
    const stored = await app.payload.findByID({ collection: 'registrations', id: created.body.doc.id, depth: 0 })
    expect(String(stored.registeredBy)).toBe(String(users.baliemedewerker.id))
  })
})

describe('organisations and Infopunten', () => {
  it('refuses an organisation without a name', () =>
    expectRefused(
      'organisations',
      { shortDescription: 'Zonder naam.', kindOfHelp: 'formal' },
      'name',
      /Dit veld is verplicht/,
    ))

  it('refuses a postcode that is not Dutch ("12345") on an organisation', () =>
    expectRefused(
      'organisations',
      {
        name: unique('Organisatie'),
        shortDescription: 'Kort.',
        kindOfHelp: 'formal',
        contact: { address: { postalCode: '12345' } },
      },
      'contact.address.postalCode',
      /Vul een postcode in als 1234 AB/,
    ))

  it('refuses a postcode that is not Dutch ("12345") on an Infopunt', () =>
    expectRefused(
      'locations',
      { name: unique('Infopunt'), kern: basics.kern, address: { postalCode: '12345' } },
      'address.postalCode',
      /Vul een postcode in als 1234 AB/,
    ))

  it('refuses opening hours that are no time ("negen uur", "25:00")', async () => {
    for (const opens of ['negen uur', '25:00'])
      await expectRefused(
        'locations',
        {
          name: unique('Infopunt'),
          kern: basics.kern,
          openingHours: [{ weekday: 'mon', opens, closes: '12:00' }],
        },
        'openingHours.0.opens',
        /Vul een tijd in, zoals 09:30/,
      )
  })

  it('takes opening hours as staff type them ("9:00", "12.30", "13u30", "17u") and stores them as HH:MM', async () => {
    const res = await api(app.url, 'POST', '/api/locations', {
      token: users.beheerder.token,
      body: {
        name: unique('Infopunt'),
        kern: basics.kern,
        openingHours: [
          { weekday: 'mon', opens: '9:00', closes: '12.30' },
          { weekday: 'mon', opens: '13u30', closes: '17u' },
        ],
      },
    })
    expect(res.status).toBe(201)
    expect(
      res.body.doc.openingHours.map(({ opens, closes }: { opens: string; closes: string }) => [opens, closes]),
    ).toEqual([
      ['09:00', '12:30'],
      ['13:30', '17:00'],
    ])
  })

  it('refuses a closing time before the opening time', () =>
    expectRefused(
      'locations',
      {
        name: unique('Infopunt'),
        kern: basics.kern,
        openingHours: [{ weekday: 'tue', opens: '13:00', closes: '12:00' }],
      },
      'openingHours.0.closes',
      /Kies een tijd na 13:00/,
    ))

  it('refuses an amount in euro below the cent, in words, or with a free service', async () => {
    const update = (cost: Record<string, unknown>, message: RegExp) =>
      expectRefused('organisations', { cost }, 'cost.amount', message, {
        token: users.communicatie.token,
        id: basics.organisation.id,
      })
    await update({ kind: 'contribution', amount: 2.505 }, /Gebruik hoogstens 2 cijfers achter de komma/)
    await update({ kind: 'free', amount: 2.5 }, /Bij gratis hoort geen bedrag/)
    // Words, as an editor may type them, are named with an example of an amount.
    await update({ kind: 'contribution', amount: 'twee euro' }, /^Vul hier een getal in, zoals 2,50\.$/)
  })

  it('gives a second service of the same name a slug of its own instead of refusing the one it filled in', async () => {
    const name = unique('Spreekuur')
    const create = () =>
      api(app.url, 'POST', '/api/services', {
        token: users.communicatie.token,
        body: { name, organisation: basics.organisation.id, description: 'Elke dinsdag.' },
      })
    const first = await create()
    const second = await create()
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.body.doc.slug).toBe(`${first.body.doc.slug}-2`)
  })

  it('leaves a document unchanged when an update is invalid', () =>
    expectRefused(
      'organisations',
      { shortDescription: 'Nieuw', contact: { website: 'javascript:alert(1)' } },
      'contact.website',
      /begint met https:\/\/ of http:\/\//,
      { token: users.communicatie.token, id: basics.organisation.id },
    ))
})

describe('brand settings', () => {
  it('refuses a primary colour that white text cannot be read on', () =>
    expectRefused({ global: 'brand' }, { primaryColour: '#ffcc00' }, 'primaryColour', /slecht leesbaar/, {
      token: users.communicatie.token,
    }))

  it('refuses a colour that is not #rrggbb', () =>
    expectRefused({ global: 'brand' }, { primaryColour: 'blauw' }, 'primaryColour', /Vul een kleur in als #rrggbb/, {
      token: users.communicatie.token,
    }))
})

describe('fields named by their Dutch label', () => {
  it('names a field refused for its shape by its label, not its code name', async () => {
    const res = await api(app.url, 'PATCH', `/api/organisations/${basics.organisation.id}`, {
      token: users.communicatie.token,
      body: { openingHours: 'elke dag' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Het volgende veld is ongeldig: Openingstijden')
    expect(res.body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        path: 'openingHours',
        label: 'Openingstijden',
        message: expect.stringMatching(/lijst/),
      }),
    ])
  })

  it('names a field inside a row by the row and the label, and several fields in one summary', async () => {
    const res = await api(app.url, 'POST', '/api/organisations', {
      token: users.communicatie.token,
      body: { name: 5, shortDescription: 'Kort.', kindOfHelp: 'formal', openingHours: [{ weekday: 'mon', opens: 9 }] },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('De volgende velden zijn ongeldig: Naam, Openingstijden 1 > Open vanaf')
  })

  it('names the password by its Dutch name when the password policy refuses it', async () => {
    const self = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
    const res = await api(app.url, 'PATCH', `/api/users/${self.id}`, {
      token: self.token,
      body: { password: 'abc', currentPassword: TEST_PASSWORD },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Het volgende veld is ongeldig: Wachtwoord')
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'password', label: 'Wachtwoord' })
  })
})
