import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { loadDirectoryAttention } from '../../src/directory/attention'
import { countVerificationStates } from '../../src/directory/verification/cycle'
import { sendDueVerificationRequests } from '../../src/directory/verification/sendRequests'
import { newLinkToken } from '../../src/lib/linkTokens'
import { api, createRoleUsers } from '../helpers/api'
import { createBasics, unique } from '../helpers/fixtures'
import { startMailCatcher, type MailCatcher } from '../helpers/mailCatcher'
import { useTestApp } from '../helpers/useTestApp'

let smtp: MailCatcher
beforeAll(async () => {
  smtp = await startMailCatcher({ refuseDomain: 'weigert.example.org' })
})
const app = useTestApp(() => smtp.env)
// after the app's own afterAll, which closes the app first
afterAll(async () => {
  await smtp.close()
})
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
})

describe('incorrect information reports', () => {
  it('are made by desk workers, open, in their name, whatever the client sends', async () => {
    const res = await api(app.url, 'POST', '/api/incorrect-info-reports', {
      token: users.baliemedewerker.token,
      body: {
        organisation: basics.organisation.id,
        kind: 'phone',
        note: 'Nummer is niet in gebruik.',
        status: 'resolved',
        reportedBy: users.beheerder.id,
      },
    })
    expect(res.status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'incorrect-info-reports', id: res.body.doc.id, depth: 0 })
    expect(stored.status).toBe('open')
    expect(String(stored.reportedBy)).toBe(String(users.baliemedewerker.id))
  })

  it('need a note when the problem is "something else"', async () => {
    const res = await api(app.url, 'POST', '/api/incorrect-info-reports', {
      token: users.baliemedewerker.token,
      body: { organisation: basics.organisation.id, kind: 'other' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({
      path: 'note',
      message: 'Beschrijf kort wat er niet klopt.',
    })
  })

  it('are resolved by communications staff, who are recorded with the time', async () => {
    const report = await app.payload.create({
      collection: 'incorrect-info-reports',
      data: { organisation: basics.organisation.id, kind: 'hours', status: 'open' },
    })
    const refused = await api(app.url, 'PATCH', `/api/incorrect-info-reports/${report.id}`, {
      token: users.baliemedewerker.token,
      body: { status: 'resolved' },
    })
    expect([403, 404]).toContain(refused.status)
    const res = await api(app.url, 'PATCH', `/api/incorrect-info-reports/${report.id}`, {
      token: users.communicatie.token,
      body: { status: 'resolved' },
    })
    expect(res.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'incorrect-info-reports', id: report.id, depth: 0 })
    expect(stored.status).toBe('resolved')
    expect(String(stored.resolvedBy)).toBe(String(users.communicatie.id))
    expect(Date.now() - new Date(stored.resolvedAt!).getTime()).toBeLessThan(60_000)
  })
})

describe('marking an organisation verified', () => {
  it('sets the verification date to now and the editor as verifier, and stores no flag', async () => {
    const res = await api(app.url, 'PATCH', `/api/organisations/${basics.organisation.id}`, {
      token: users.communicatie.token,
      body: { markVerified: true },
    })
    expect(res.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'organisations', id: basics.organisation.id, depth: 0 })
    expect(Date.now() - new Date(stored.lastVerifiedAt!).getTime()).toBeLessThan(60_000)
    expect(String(stored.verifiedBy)).toBe(String(users.communicatie.id))
    expect(stored.markVerified ?? false).toBe(false)
  })
})

describe('the verification cycle: "Kloppen uw gegevens nog?"', () => {
  const monthsAgo = (months: number, from = new Date()) => {
    const date = new Date(from)
    date.setMonth(date.getMonth() - months)
    return date.toISOString()
  }
  const organisation = (data: Record<string, unknown>) =>
    app.payload.create({
      collection: 'organisations',
      data: { name: unique('Controle'), shortDescription: 'Kort.', kindOfHelp: 'formal', status: 'active', ...data },
    })
  /** The link in a caught mail (quoted-printable: soft line breaks removed). */
  const linkIn = (raw: string) =>
    /\/gegevens-controleren\/([A-Za-z0-9_-]{43})/.exec(raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='))?.[1]
  const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address))
  const answer = (body: unknown) => api(app.url, 'POST', '/api/directory/verification', { body })
  const stored = (id: number | string) => app.payload.findByID({ collection: 'organisations', id, depth: 0 })
  /** The secret of a fresh verification link for an organisation, as a mailed request holds it. */
  const linkFor = async (
    organisationId: Awaited<ReturnType<typeof organisation>>['id'],
    expiresAt = new Date(Date.now() + 86400_000),
  ) => {
    const link = newLinkToken()
    await app.payload.create({
      collection: 'verification-requests',
      data: {
        organisation: organisationId,
        purpose: 'verify-organisation',
        tokenHash: link.hash,
        expiresAt: expiresAt.toISOString(),
        delivery: 'sent',
      },
    })
    return link.token
  }

  let due: Awaited<ReturnType<typeof organisation>>
  let fresh: Awaited<ReturnType<typeof organisation>>
  let bouncing: Awaited<ReturnType<typeof organisation>>
  let service: { id: number | string }
  let otherService: { id: number | string }
  let token: string

  beforeAll(async () => {
    due = await organisation({
      lastVerifiedAt: monthsAgo(7),
      contact: { email: 'info@due.example.org', phone: '0000-111111' },
      referral: { email: 'verwijzen@due.example.org', contactPerson: 'Ans' },
    })
    fresh = await organisation({ lastVerifiedAt: monthsAgo(1), referral: { email: 'verwijzen@fresh.example.org' } })
    bouncing = await organisation({ contact: { email: 'info@weigert.example.org' } })
    await organisation({ status: 'inactive', referral: { email: 'verwijzen@inactive.example.org' } })
    service = await app.payload.create({
      collection: 'services',
      data: {
        name: 'Spreekuur',
        organisation: due.id,
        description: 'Elke dinsdag.',
        kindOfHelp: 'formal',
        status: 'active',
      },
    })
    otherService = await app.payload.create({
      collection: 'services',
      data: {
        name: 'Andermans dienst',
        organisation: fresh.id,
        description: 'Niet van u.',
        kindOfHelp: 'formal',
        status: 'active',
      },
    })
  })

  it('mails each due active organisation once per cycle (fake clock), and marks a refused mail as bounced', async () => {
    const now = new Date()
    const first = await sendDueVerificationRequests(app.payload, now)
    expect(first.bounced).toBeGreaterThanOrEqual(1)
    const [mail] = mailsTo('verwijzen@due.example.org')
    expect(mail.raw).toContain('Subject: Kloppen uw gegevens nog?')
    token = linkIn(mail.raw)!
    expect(token).toBeDefined()
    expect(mailsTo('verwijzen@fresh.example.org')).toHaveLength(0)
    expect(mailsTo('verwijzen@inactive.example.org')).toHaveLength(0)
    expect((await stored(bouncing.id)).verificationBounced).toBe(true)
    const bounced = await app.payload.find({
      collection: 'verification-requests',
      where: { organisation: { equals: bouncing.id } },
    })
    expect(bounced.docs.map((doc) => doc.delivery)).toEqual(['bounced'])
    // Only the hash is stored, and not even staff read that.
    const asStaff = await api(app.url, 'GET', `/api/verification-requests/${bounced.docs[0].id}`, {
      token: users.communicatie.token,
    })
    expect(asStaff.status).toBe(200)
    expect(asStaff.body.tokenHash).toBeUndefined()

    // The next morning, and a month later: nobody is asked twice in one cycle.
    for (const later of [1, 30]) {
      const again = await sendDueVerificationRequests(app.payload, new Date(now.getTime() + later * 86400_000))
      expect(again).toEqual({ sent: 0, bounced: 0, withoutAddress: 0 })
    }
    expect(mailsTo('verwijzen@due.example.org')).toHaveLength(1)
    // A cycle later, still unanswered: asked again.
    const nextCycle = new Date(now)
    nextCycle.setMonth(nextCycle.getMonth() + 7)
    await sendDueVerificationRequests(app.payload, nextCycle)
    expect(mailsTo('verwijzen@due.example.org')).toHaveLength(2)
    expect(mailsTo('verwijzen@fresh.example.org')).toHaveLength(1)
  })

  it('counts the organisations in each state: waiting and bounced now, overdue once the links expired', async () => {
    const now = await countVerificationStates(app.payload)
    expect(now.waiting).toBeGreaterThanOrEqual(1)
    expect(now.bounced).toBeGreaterThanOrEqual(1)
    const active = await app.payload.count({ collection: 'organisations', where: { status: { equals: 'active' } } })
    expect(now.confirmed + now.waiting + now.overdue + now.bounced).toBe(active.totalDocs)
    // Each dashboard card links to the list it counts.
    const communicatie = await app.payload.findByID({ collection: 'users', id: users.communicatie.id, depth: 0 })
    const { verification } = await loadDirectoryAttention(app.payload, communicatie)
    for (const { state, count, href } of verification) {
      const query = href.slice(href.indexOf('?') + 1)
      const listed = await api(app.url, 'GET', `/api/organisations?${query}&limit=1&depth=0`, {
        token: users.communicatie.token,
      })
      expect([state, listed.body.totalDocs]).toEqual([state, count])
    }
    // After the requests of the next cycle (sent with the fake clock above) expired unanswered.
    const expired = new Date()
    expired.setMonth(expired.getMonth() + 9)
    const later = await countVerificationStates(app.payload, expired)
    expect(later.overdue).toBeGreaterThan(now.overdue)
  })

  it('refuses a tampered, expired or foreign link and a foreign service, and changes nothing', async () => {
    const before = await stored(due.id)
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    expect((await answer({ token: tampered, answer: 'confirm' })).status).toBe(404)
    const expiredToken = await linkFor(due.id, new Date(Date.now() - 1000))
    const late = await answer({ token: expiredToken, answer: 'confirm' })
    expect(late.status).toBe(410)
    expect(late.body.error).toMatch(/verlopen/)
    const foreign = await answer({
      token,
      answer: 'propose',
      values: { [`services.${otherService.id}.description`]: 'Overgenomen' },
    })
    expect(foreign.status).toBe(400)
    expect(foreign.body.error).toMatch(/eigen organisatie/)
    const invalid = await answer({ token, answer: 'propose', values: { 'contact.phone': 'bel ons' } })
    expect(invalid.status).toBe(400)
    expect(invalid.body.error).toMatch(/^Telefoon: /)
    expect(await app.payload.count({ collection: 'organisation-proposals' })).toMatchObject({ totalDocs: 0 })
    expect((await stored(due.id)).updatedAt).toBe(before.updatedAt)
  })

  it('turns a proposal into a review item; nothing goes live until communications staff accept it per field', async () => {
    const res = await answer({
      token,
      answer: 'propose',
      values: {
        'contact.phone': '0000-222222',
        name: due.name,
        [`services.${service.id}.description`]: 'Elke donderdag.',
      },
      note: 'We zijn verhuisd.',
    })
    expect(res.status).toBe(201)
    expect((await stored(due.id)).contact?.phone).toBe('0000-111111')
    const reused = await answer({ token, answer: 'confirm' })
    expect(reused.status).toBe(410)
    expect(reused.body.error).toMatch(/al gebruikt/)

    const id = res.body.doc.id
    const comparison = await api(app.url, 'GET', `/api/organisation-proposals/${id}/comparison`, {
      token: users.communicatie.token,
    })
    expect(comparison.body.rows).toEqual([
      expect.objectContaining({ path: 'contact.phone', current: '0000-111111', proposed: '0000-222222' }),
      expect.objectContaining({ path: `services.${service.id}.description`, current: 'Elke dinsdag.' }),
    ])
    const decide = (role: keyof typeof users, accept: string[]) =>
      api(app.url, 'POST', `/api/organisation-proposals/${id}/decide`, { token: users[role].token, body: { accept } })
    expect((await decide('baliemedewerker', ['contact.phone'])).status).toBe(403)
    const decided = await decide('communicatie', ['contact.phone'])
    expect(decided.status).toBe(200)
    expect(decided.body).toEqual({ status: 'partly', accepted: 1, rejected: 1 })

    const live = await stored(due.id)
    expect(live.contact?.phone).toBe('0000-222222')
    expect(live.contact?.email).toBe('info@due.example.org')
    expect(live.verifiedVia).toBe('organisation')
    expect(live.verifiedBy ?? null).toBeNull()
    const serviceNow = await app.payload.findByID({ collection: 'services', id: service.id, depth: 0 })
    expect(serviceNow.description).toBe('Elke dinsdag.')
    // The change history says who decided.
    const versions = await app.payload.findVersions({
      collection: 'organisations',
      where: { parent: { equals: due.id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    expect(String(versions.docs[0].version.updatedBy)).toBe(String(users.communicatie.id))
    const proposal = await app.payload.findByID({ collection: 'organisation-proposals', id, depth: 0 })
    expect(String(proposal.decidedBy)).toBe(String(users.communicatie.id))
    expect((await decide('communicatie', [])).status).toBe(409)
  })

  it("accepts a service's proposed value into that service, in the reviewer's name", async () => {
    const linkToken = await linkFor(due.id)
    const path = `services.${service.id}.description`
    const res = await answer({ token: linkToken, answer: 'propose', values: { [path]: 'Elke vrijdag.' } })
    expect(res.status).toBe(201)
    const decided = await api(app.url, 'POST', `/api/organisation-proposals/${res.body.doc.id}/decide`, {
      token: users.beheerder.token,
      body: { accept: [path] },
    })
    expect(decided.body).toEqual({ status: 'accepted', accepted: 1, rejected: 0 })
    const updated = await app.payload.findByID({ collection: 'services', id: service.id, depth: 0 })
    expect(updated.description).toBe('Elke vrijdag.')
    expect(String(updated.updatedBy)).toBe(String(users.beheerder.id))
  })

  it('lets an organisation correct what residents need to know: for whom, how to apply, costs and access', async () => {
    await app.payload.update({
      collection: 'organisations',
      id: due.id,
      data: { cost: { kind: 'contribution', amount: 5 }, accessibility: { features: ['wheelchair'] } },
    })
    const linkToken = await linkFor(due.id)
    const values = {
      eligibility: 'Inwoners van 65 jaar en ouder.',
      applicationProcess: 'Bel op werkdagen tussen 9 en 12 uur.',
      'cost.note': 'per maand',
      'accessibility.note': 'Ingang aan de achterkant.',
      [`services.${service.id}.eligibility`]: 'Mantelzorgers.',
    }
    const res = await answer({ token: linkToken, answer: 'propose', values })
    expect(res.status).toBe(201)
    const decided = await api(app.url, 'POST', `/api/organisation-proposals/${res.body.doc.id}/decide`, {
      token: users.communicatie.token,
      body: { accept: Object.keys(values) },
    })
    expect(decided.body).toEqual({ status: 'accepted', accepted: 5, rejected: 0 })
    // Live, and what sits beside them in the same groups (the kind of cost, the amount, the features) kept.
    expect(await stored(due.id)).toMatchObject({
      eligibility: values.eligibility,
      applicationProcess: values.applicationProcess,
      cost: { kind: 'contribution', amount: 5, note: 'per maand' },
      accessibility: { features: ['wheelchair'], note: 'Ingang aan de achterkant.' },
    })
    const updated = await app.payload.findByID({ collection: 'services', id: service.id, depth: 0 })
    expect(updated.eligibility).toBe('Mantelzorgers.')
  })

  it('"Alles klopt" marks the organisation verified by itself, and no other organisation', async () => {
    const linkToken = await linkFor(bouncing.id)
    const otherBefore = await stored(fresh.id)
    const res = await answer({ token: linkToken, answer: 'confirm' })
    expect(res.status).toBe(200)
    const confirmed = await stored(bouncing.id)
    expect(confirmed.verifiedVia).toBe('organisation')
    expect(confirmed.verificationBounced).toBe(false)
    expect(new Date(confirmed.lastVerifiedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect((await stored(fresh.id)).updatedAt).toBe(otherBefore.updatedAt)
  })
})
