import { beforeAll, describe, expect, it } from '@jest/globals'

import { api, createRoleUsers } from '../helpers/api'
import { createBasics } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()
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
