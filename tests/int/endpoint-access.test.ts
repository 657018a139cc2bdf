/**
 * The access matrix of every custom endpoint (and Payload's job endpoints) over real HTTP: each
 * endpoint × anonymous and the four roles, with the status each must answer. The collections' own
 * REST endpoints are in access-matrix.test.ts.
 *
 * The table below is the specification. A number is the exact status; `R` is Payload's own refusal
 * of a collection operation (401 or 403). Where an endpoint writes, a refusal must have written
 * nothing (the collection it writes to is counted before and after) and an allowed call must have
 * written.
 */
import { randomBytes, randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { strToU8, zipSync } from 'fflate'
import type { CollectionSlug } from 'payload'

import type { Role } from '../../src/access/roles'
import { api, createRoleUsers } from '../helpers/api'
import { referralOrganisation } from '../helpers/createTargets'
import { hashLinkToken, newLinkToken } from '../../src/lib/linkTokens'
import { createBasics, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'
import { newReferralCode } from '../../src/referrals/code'
import { createLink } from '../../src/referrals/links'

type Actor = Role | 'anonymous'
const ACTORS = ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker', 'anonymous'] as const
type Expected = 200 | 201 | 400 | 401 | 403 | 404 | 409 | 410 | 'R'
type Row = readonly [Expected, Expected, Expected, Expected, Expected]

// prettier-ignore
const MATRIX = {
  //                                                  beheerder  communicatie  coordinator  baliemedewerker  anonymous
  'GET /api/health':                                  [200,       200,          200,         200,             200],
  'GET /api/directory/search?q=hulp':                 [200,       200,          200,         200,             401],
  'POST /api/directory/referrals':                    [201,       201,          201,         201,             401],
  'POST /api/directory/referrals (phone)':            [201,       201,          201,         201,             401],
  'POST /api/referrals/answer (a valid link)':        [200,       200,          200,         200,             200],
  'POST /api/referrals/:ownId/status':                [200,       200,          200,         200,             401],
  'POST /api/referrals/:otherId/status':              [200,       404,          200,         404,             401],
  // 409: this server has no SMTP, which is checked after access.
  'POST /api/referrals/:otherId/card':                [409,       404,          409,         404,             401],
  'GET /api/hsds':                                    [200,       200,          200,         200,             401],
  'GET /api/hsds/organizations':                      [200,       200,          200,         200,             401],
  'GET /api/hsds/organizations/:id':                  [200,       200,          200,         200,             401],
  'GET /api/hsds/services':                           [200,       200,          200,         200,             401],
  'GET /api/hsds/services/:id':                       [200,       200,          200,         200,             401],
  'GET /api/hsds/taxonomy_terms':                     [200,       200,          200,         200,             401],
  'GET /api/hsds/taxonomy_terms/:id':                 [200,       200,          200,         200,             401],
  'GET /api/hsds/taxonomies':                         [200,       200,          200,         200,             401],
  'GET /api/hsds/taxonomies/:id':                     [200,       200,          200,         200,             401],
  'GET /api/hsds/service_at_locations':               [200,       200,          200,         200,             401],
  'GET /api/hsds/service_at_locations/:id':           [200,       200,          200,         200,             401],
  'GET /api/hsds/datapackage.zip':                    [200,       200,          200,         200,             401],
  'POST /api/registrations (idempotent create)':      [201,       'R',          'R',         201,             'R'],
  'GET /api/registrations/report':                    [200,       403,          200,         403,             401],
  'GET /api/registrations/report/chart':              [200,       403,          200,         403,             401],
  'GET /api/registrations/export?format=csv':         [200,       403,          200,         403,             401],
  'GET /api/registrations/export?format=xlsx':        [200,       403,          200,         403,             401],
  'POST /api/registrations/import/preview':           [200,       403,          200,         403,             401],
  'POST /api/registrations/import':                   [200,       403,          200,         403,             401],
  'GET /api/roster/calendar/:ownToken/mijn-diensten.ics': [200,   200,          200,         200,             401],
  'GET /api/roster/calendar/:otherToken/infopunt-:location.ics': [200, 200,     200,         200,             200],
  'GET /api/roster/calendar/:revokedToken/mijn-diensten.ics': [401, 401,        401,         401,             401],
  'POST /api/roster/calendar-token':                  [201,       201,          201,         201,             401],
  'DELETE /api/roster/calendar-token':                [200,       200,          200,         200,             401],
  'POST /api/roster-shifts/:id/repeat':               [201,       403,          201,         403,             401],
  'POST /api/organisations-import/preview':           [200,       200,          403,         403,             401],
  'POST /api/organisations-import':                   [200,       200,          403,         403,             401],
  'POST /api/hsds-import/preview':                    [200,       200,          403,         403,             401],
  'POST /api/hsds-import':                            [200,       200,          403,         403,             401],
  'GET /api/organisations-export?format=csv':         [200,       200,          403,         403,             401],
  'GET /api/organisations-export?format=xlsx':        [200,       200,          403,         403,             401],
  'GET /api/trainings/overzicht.csv':                 [200,       403,          200,         403,             401],
  'POST /api/users/invite':                           [201,       403,          201,         403,             401],
  // The link's secret is the permission: whoever holds a valid one sets the password, once.
  'POST /api/users/accept-invite':                    [200,       200,          200,         200,             200],
  'POST /api/users/accept-invite (used link)':        [410,       410,          410,         410,             410],
  // Nobody makes an account with a typed password: only through an invitation.
  'POST /api/users (a typed password)':               ['R',       'R',          'R',         'R',             'R'],
  'GET /api/users/:id/deactivation':                  [200,       403,          403,         403,             401],
  'POST /api/users/:id/deactivation':                 [200,       403,          403,         403,             401],
  // An organisation's verification link is its own permission, whoever sends it; it reaches only its organisation.
  'POST /api/directory/verification (own link)':      [201,       201,          201,         201,             201],
  "POST /api/directory/verification (another's service)": [400,   400,          400,         400,             400],
  // This app has no SMTP: the staff who may start a round are told that the requests are off.
  'POST /api/directory/verification-round':          [409,       409,          403,         403,             401],
  'GET /api/organisation-proposals/:id/comparison':   [200,       200,          403,         403,             401],
  'POST /api/organisation-proposals/:id/decide':      [200,       200,          403,         403,             401],
  // The admin's network switch asks for the networks of the one logged in (Payload's multi-tenant plugin).
  'GET /api/networks/populate-tenant-options':        [200,       200,          200,         200,             401],
  'GET /api/payload-jobs/run':                        [200,       401,          401,         401,             401],
  'GET /api/payload-jobs/handle-schedules':           [200,       401,          401,         401,             401],
} as const satisfies Record<string, Row>

/** With HSDS_PUBLIC=true the open data export is open to anyone, and still nothing else. */
// prettier-ignore
const HSDS_PUBLIC = {
  //                                                  beheerder  communicatie  coordinator  baliemedewerker  anonymous
  'GET /api/hsds/organizations':                      [200,       200,          200,         200,             200],
  'GET /api/hsds/datapackage.zip':                    [200,       200,          200,         200,             200],
  'GET /api/directory/search?q=hulp':                 [200,       200,          200,         200,             401],
} as const satisfies Record<string, Row>

type Endpoint = keyof typeof MATRIX

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>
let organisationId: number | string
/** A service of another organisation than the one the verification links are for. */
let foreignServiceId: number | string
let serviceHsdsId: string
let organisationHsdsId: string
/** Further HSDS records by their id: a taxonomy term, the taxonomy, a service at a location. */
const hsdsIds: Record<string, string> = {}
/** Each role's own calendar feed secret. */
const feedTokens: Partial<Record<Role, string>> = {}
let revokedToken: string

const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor].token)
const countOf = async (collection: CollectionSlug) =>
  (await app.payload.count({ collection, overrideAccess: true })).totalDocs

const csv = (name: string) =>
  ['Naam,Korte omschrijving,Soort hulp,Status', `${name},Een organisatie uit de import,informeel,actief`, ''].join(
    '\r\n',
  )
const importForm = () => {
  const form = new FormData()
  form.append('file', new Blob([new TextEncoder().encode(csv(unique('Geïmporteerd')))]), 'lijst.csv')
  return form
}

/** An Open Referral data package with one organisation of its own, so each allowed import adds it. */
const hsdsForm = () => {
  const form = new FormData()
  const organisations = `id,name,description\n${randomUUID()},${unique('Open Referral')},Een partner uit een andere wegwijzer.\n`
  form.append('file', new Blob([zipSync({ 'organizations.csv': strToU8(organisations) })]), 'datapakket.zip')
  return form
}

/** A registrations file with one row of its own (its number), so each allowed import adds it. */
const registrationsForm = () => {
  const form = new FormData()
  const file = [
    "Registratienummer;Datum;Tijd;Infopunt;Thema's;Hoe beantwoord",
    `${unique('oud')};03-02-2025;10:15;${basics.location.name};${basics.theme.name};Informatie gegeven`,
    '',
  ].join('\r\n')
  form.append('file', new Blob([new TextEncoder().encode(file)]), 'registraties.csv')
  return form
}

let slot = 0
/** A shift on a free day far ahead, and the date three weeks later to repeat it until. */
const freeShift = async () => {
  slot += 1
  const start = Date.UTC(2032, 0, 5 + slot * 35, 9)
  const until = new Date(start + 21 * 24 * 3600_000).toISOString().slice(0, 10)
  const id = (
    await app.payload.create({
      collection: 'roster-shifts',
      data: {
        location: basics.location.id,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3 * 3600_000).toISOString(),
        externalNames: ['Vrijwilliger'],
        role: 'volunteer',
      },
    })
  ).id
  return { id, until }
}

let otherDeskWorker: number
/** A referral made by `owner`, straight through the Local API. */
const referralOf = async (owner: number | string) =>
  (
    await app.payload.create({
      collection: 'referrals',
      data: {
        code: await newReferralCode(app.payload),
        organisation: organisationId as number,
        method: 'email',
        referredBy: owner as number,
        status: 'sent',
      },
    })
  ).id

/** A fresh "Kloppen uw gegevens nog?" link for the referral organisation; its secret. */
const verificationLink = async () => {
  const { token, hash } = newLinkToken()
  await app.payload.create({
    collection: 'verification-requests',
    data: {
      organisation: organisationId as number,
      purpose: 'verify-organisation',
      tokenHash: hash,
      expiresAt: new Date(Date.now() + 86400_000).toISOString(),
      delivery: 'sent',
    },
  })
  return token
}

/** An open proposal of the referral organisation, to compare and decide. */
const openProposal = async () => {
  const res = await api(app.url, 'POST', '/api/directory/verification', {
    body: { token: await verificationLink(), answer: 'propose', values: { shortDescription: unique('Nieuw') } },
  })
  return res.body.doc.id
}

/** A new colleague's account with an open invitation; returns the link's secret. */
const openInvitation = async () => {
  const invitee = await app.payload.create({
    collection: 'users',
    data: {
      name: 'Uitgenodigd',
      email: `${unique('uitnodiging')}@test.example`,
      password: randomBytes(24).toString('base64url'),
      role: 'baliemedewerker',
    },
  })
  const token = randomBytes(32).toString('base64url')
  await app.payload.create({
    collection: 'invitations',
    data: {
      user: invitee.id,
      tokenHash: hashLinkToken(token),
      expiresAt: new Date(Date.now() + 86400_000).toISOString(),
    },
  })
  return token
}

/** How to call each endpoint as the given actor, and which collection it writes to (if any). */
const request = async (
  endpoint: Endpoint,
  actor: Actor,
): Promise<{ method: string; path: string; body?: unknown; writes?: CollectionSlug }> => {
  const [method, rawPath] = endpoint.split(' ') as [string, string]
  const own = actor === 'anonymous' ? 'geen-geldige-koppeling-0000000000' : feedTokens[actor]
  switch (endpoint) {
    case 'POST /api/directory/referrals':
      return {
        method,
        path: rawPath,
        body: { organisation: organisationId, consent: true, message: 'Graag terugbellen.' },
        writes: 'referrals',
      }
    case 'POST /api/directory/referrals (phone)':
      return {
        method,
        path: '/api/directory/referrals',
        body: { organisation: organisationId, consent: true, method: 'phone' },
        writes: 'referrals',
      }
    case 'POST /api/referrals/answer (a valid link)': {
      const referral = await referralOf(users.baliemedewerker.id)
      return {
        method,
        path: '/api/referrals/answer',
        body: { token: await createLink(app.payload, referral, 'received'), status: 'received' },
      }
    }
    case 'POST /api/referrals/:ownId/status':
      return {
        method,
        path: `/api/referrals/${await referralOf(actor === 'anonymous' ? users.baliemedewerker.id : users[actor].id)}/status`,
        body: { status: 'received' },
      }
    case 'POST /api/referrals/:otherId/status':
      return {
        method,
        path: `/api/referrals/${await referralOf(otherDeskWorker)}/status`,
        body: { status: 'received' },
      }
    case 'POST /api/referrals/:otherId/card':
      return {
        method,
        path: `/api/referrals/${await referralOf(otherDeskWorker)}/card`,
        body: { email: 'inwoner@example.net', consent: true },
      }
    case 'POST /api/directory/verification (own link)':
      return {
        method,
        path: '/api/directory/verification',
        body: { token: await verificationLink(), answer: 'propose', values: { shortDescription: unique('Nieuw') } },
        writes: 'organisation-proposals',
      }
    case "POST /api/directory/verification (another's service)":
      return {
        method,
        path: '/api/directory/verification',
        body: {
          token: await verificationLink(),
          answer: 'propose',
          values: { [`services.${foreignServiceId}.name`]: 'Overgenomen' },
        },
        writes: 'organisation-proposals',
      }
    case 'GET /api/organisation-proposals/:id/comparison':
      return { method, path: `/api/organisation-proposals/${await openProposal()}/comparison` }
    case 'POST /api/organisation-proposals/:id/decide':
      return { method, path: `/api/organisation-proposals/${await openProposal()}/decide`, body: { accept: [] } }
    case 'GET /api/hsds/organizations/:id':
      return { method, path: `/api/hsds/organizations/${organisationHsdsId}` }
    case 'GET /api/hsds/services/:id':
      return { method, path: `/api/hsds/services/${serviceHsdsId}` }
    case 'GET /api/hsds/taxonomy_terms/:id':
    case 'GET /api/hsds/taxonomies/:id':
    case 'GET /api/hsds/service_at_locations/:id':
      return { method, path: rawPath.replace(':id', hsdsIds[rawPath]) }
    case 'POST /api/registrations (idempotent create)':
      return {
        method,
        path: '/api/registrations',
        body: {
          location: basics.location.id,
          themes: [basics.theme.id],
          answerType: 'information',
          idempotencyKey: crypto.randomUUID(),
        },
        writes: 'registrations',
      }
    case 'GET /api/registrations/export?format=csv':
    case 'GET /api/registrations/export?format=xlsx':
      return { method, path: rawPath }
    case 'GET /api/roster/calendar/:ownToken/mijn-diensten.ics':
      return { method, path: `/api/roster/calendar/${own}/mijn-diensten.ics` }
    case 'GET /api/roster/calendar/:otherToken/infopunt-:location.ics':
      // The feed secret is the login: it works whoever sends it (here: the desk worker's secret).
      return { method, path: `/api/roster/calendar/${feedTokens.baliemedewerker}/infopunt-${basics.location.id}.ics` }
    case 'GET /api/roster/calendar/:revokedToken/mijn-diensten.ics':
      return { method, path: `/api/roster/calendar/${revokedToken}/mijn-diensten.ics` }
    case 'POST /api/roster/calendar-token':
      return { method, path: rawPath, writes: 'calendar-feed-tokens' }
    case 'DELETE /api/roster/calendar-token':
      return { method, path: rawPath }
    case 'POST /api/roster-shifts/:id/repeat': {
      const shift = await freeShift()
      return {
        method,
        path: `/api/roster-shifts/${shift.id}/repeat`,
        body: { until: shift.until },
        writes: 'roster-shifts',
      }
    }
    case 'POST /api/registrations/import/preview':
      return { method, path: rawPath, body: registrationsForm() }
    case 'POST /api/registrations/import':
      return { method, path: rawPath, body: registrationsForm(), writes: 'registrations' }
    case 'POST /api/organisations-import/preview':
      return { method, path: rawPath, body: importForm() }
    case 'POST /api/organisations-import':
      return { method, path: rawPath, body: importForm(), writes: 'organisations' }
    case 'POST /api/hsds-import/preview':
      return { method, path: rawPath, body: hsdsForm() }
    case 'POST /api/hsds-import':
      return { method, path: rawPath, body: hsdsForm(), writes: 'directory-imports' }
    case 'POST /api/users/invite':
      return {
        method,
        path: rawPath,
        body: { name: 'Nieuwe collega', email: `${unique('uitgenodigd')}@test.example` },
        writes: 'users',
      }
    case 'POST /api/users/accept-invite':
      return { method, path: rawPath, body: { token: await openInvitation(), password: 'een eigen lange zin' } }
    case 'POST /api/users/accept-invite (used link)': {
      const token = await openInvitation()
      await app.payload.delete({ collection: 'invitations', where: { tokenHash: { equals: hashLinkToken(token) } } })
      return { method, path: '/api/users/accept-invite', body: { token, password: 'een eigen lange zin' } }
    }
    case 'POST /api/users (a typed password)':
      return {
        method,
        path: '/api/users',
        body: {
          name: 'Getypt Wachtwoord',
          email: `${unique('getypt')}@test.example`,
          password: 'een lange zin als wachtwoord',
          role: 'baliemedewerker',
        },
        writes: 'users',
      }
    case 'GET /api/users/:id/deactivation':
      return { method, path: `/api/users/${users.baliemedewerker.id}/deactivation` }
    case 'POST /api/users/:id/deactivation': {
      const leaver = await app.payload.create({
        collection: 'users',
        data: {
          name: 'Vertrekker',
          email: `${unique('vertrek')}@test.example`,
          password: 'een lange zin als wachtwoord',
          role: 'baliemedewerker',
        },
      })
      return { method, path: `/api/users/${leaver.id}/deactivation`, body: { confirm: true } }
    }
    default:
      return { method, path: rawPath }
  }
}

const expectCell = async (endpoint: Endpoint, actor: Actor, expected: Expected) => {
  const { method, path, body, writes } = await request(endpoint, actor)
  const before = writes ? await countOf(writes) : 0
  const res = await api(app.url, method, path, { token: tokenOf(actor), body })
  const after = writes ? await countOf(writes) : 0
  if (expected === 'R') expect([401, 403]).toContain(res.status)
  else expect(res.status).toBe(expected)
  if (res.status >= 400) {
    // Refused: nothing written, and no data in the answer.
    if (writes) expect(after).toBe(before)
    expect(JSON.stringify(res.body ?? '')).not.toMatch(/"docs"|"contents"|BEGIN:VCALENDAR/)
  } else if (writes && endpoint !== 'POST /api/roster/calendar-token') {
    expect(after).toBeGreaterThan(before)
  }
}

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
  organisationId = (await referralOrganisation(app.payload)).id
  otherDeskWorker = (
    await app.payload.create({
      collection: 'users',
      data: {
        name: 'Andere balie',
        email: `${unique('andere-balie')}@test.example`,
        password: 'een lange zin als wachtwoord',
        role: 'baliemedewerker',
      },
    })
  ).id
  await app.payload.create({
    collection: 'services',
    data: {
      name: 'Thuisadministratie',
      organisation: organisationId,
      description: 'Hulp bij de post.',
      kindOfHelp: 'informal',
      status: 'active',
    },
  })
  foreignServiceId = (
    await app.payload.create({
      collection: 'services',
      data: {
        name: 'Dienst van een ander',
        organisation: basics.organisation.id,
        description: 'Niet van de verwijsorganisatie.',
        kindOfHelp: 'formal',
        status: 'active',
      },
    })
  ).id
  // A visiting address makes the organisation an HSDS location, where its service is given.
  await app.payload.update({
    collection: 'organisations',
    id: organisationId,
    data: { contact: { address: { street: 'Voorbeeldlaan 1', postalCode: '7721 AA', city: 'Dalfsen' } } },
  })
  for (const role of Object.keys(users) as Role[]) {
    const issued = await api(app.url, 'POST', '/api/roster/calendar-token', { token: users[role].token })
    feedTokens[role] = issued.body.token
  }
  // A secret that was revoked: issued, then replaced by a new one.
  const first = await api(app.url, 'POST', '/api/roster/calendar-token', { token: users.communicatie.token })
  revokedToken = first.body.token
  const replaced = await api(app.url, 'POST', '/api/roster/calendar-token', { token: users.communicatie.token })
  feedTokens.communicatie = replaced.body.token
  const hsds = await api(app.url, 'GET', '/api/hsds/services', { token: users.beheerder.token })
  const service = hsds.body.contents.find((s: { name: string }) => s.name === 'Thuisadministratie')
  serviceHsdsId = service.id
  organisationHsdsId = service.organization_id
  for (const list of ['taxonomy_terms', 'taxonomies', 'service_at_locations']) {
    const { body } = await api(app.url, 'GET', `/api/hsds/${list}`, { token: users.beheerder.token })
    hsdsIds[`/api/hsds/${list}/:id`] = body.contents[0].id
  }
}, 120_000)

afterAll(async () => {
  delete process.env.HSDS_PUBLIC
  const checked = (Object.keys(MATRIX).length + Object.keys(HSDS_PUBLIC).length) * ACTORS.length
  console.log(`endpoint-access: ${checked} endpoint × actor cells checked`)
})

const describeCell = (expected: Expected) =>
  expected === 'R' ? 'is refused (401/403)' : expected >= 400 ? `is refused with ${expected}` : `gets ${expected}`
const cells = (row: Row) =>
  ACTORS.map((actor, column) => ({ name: `${actor} ${describeCell(row[column])}`, actor, expected: row[column] }))

describe.each(Object.keys(MATRIX) as Endpoint[])('%s', (endpoint) => {
  // Rows run in table order: the token endpoints (which replace the caller's feed secret) after the feed reads.
  it.each(cells(MATRIX[endpoint]))('$name', async ({ actor, expected }) => {
    await expectCell(endpoint, actor, expected)
  })
})

describe('with HSDS_PUBLIC=true', () => {
  beforeAll(() => {
    process.env.HSDS_PUBLIC = 'true'
  })
  afterAll(() => {
    delete process.env.HSDS_PUBLIC
  })
  describe.each(Object.keys(HSDS_PUBLIC) as (keyof typeof HSDS_PUBLIC)[])('%s', (endpoint) => {
    it.each(cells(HSDS_PUBLIC[endpoint]))('$name', async ({ actor, expected }) => {
      await expectCell(endpoint, actor, expected)
    })
  })
})

it('an export refused or allowed is audited only when allowed', async () => {
  const before = await countOf('export-audits')
  await api(app.url, 'GET', '/api/registrations/export?format=csv', { token: users.baliemedewerker.token })
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(await countOf('export-audits')).toBe(before)
  const res = await fetch(`${app.url}/api/registrations/export?format=csv`, {
    headers: { Authorization: `JWT ${users.coordinator.token}` },
  })
  await res.text()
  for (let i = 0; i < 20 && (await countOf('export-audits')) === before; i++)
    await new Promise((resolve) => setTimeout(resolve, 50))
  expect(await countOf('export-audits')).toBe(before + 1)
})
