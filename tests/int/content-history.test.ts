import { beforeAll, describe, expect, it } from '@jest/globals'

import { api, createRoleUsers } from '../helpers/api'
import { useTestApp } from '../helpers/useTestApp'
import { kernIn } from '../helpers/fixtures'

/** Versions of content record who changed what; only communications staff and administrators read them. */
describe('content history', () => {
  const app = useTestApp()
  let users: Awaited<ReturnType<typeof createRoleUsers>>

  beforeAll(async () => {
    users = await createRoleUsers(app.payload, app.url)
  })

  const cases = [
    { collection: 'themes', create: { name: 'Geldzaken' }, update: { name: 'Geld en schulden' } },
    {
      collection: 'locations',
      create: { name: 'Infopunt Hoonhorst' },
      kern: 'Hoonhorst',
      update: { venue: 'Dorpshuis' },
    },
    {
      collection: 'referral-mailboxes',
      create: { name: 'Verwijzingen Hoonhorst', email: 'hoonhorst@infopunt.example' },
      update: { name: 'Verwijsmailbox Hoonhorst' },
      needsLocation: true,
    },
    {
      collection: 'digital-sources',
      create: {
        title: 'Toeslagen',
        url: 'https://www.toeslagen.example',
        category: 'other',
        audienceRoles: ['baliemedewerker'],
      },
      update: { title: 'Toeslagen (Belastingdienst)' },
    },
  ]

  for (const { collection, create, update, needsLocation, kern } of cases)
    it(`keeps a version per change of ${collection}, each with who made it`, async () => {
      const location = needsLocation
        ? await app.payload.create({
            collection: 'locations',
            data: { name: 'Infopunt Lemelerveld', kern: await kernIn(app.payload, 'Dalfsen', 'Lemelerveld') },
          })
        : undefined
      const created = await api(app.url, 'POST', `/api/${collection}`, {
        token: users.communicatie.token,
        body: location
          ? { ...create, location: location.id }
          : kern
            ? { ...create, kern: await kernIn(app.payload, 'Dalfsen', kern) }
            : create,
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const updated = await api(app.url, 'PATCH', `/api/${collection}/${id}`, {
        token: users.beheerder.token,
        body: update,
      })
      expect(updated.status).toBe(200)

      const path = `/api/${collection}/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`
      const history = await api(app.url, 'GET', path, { token: users.communicatie.token })
      expect(history.status).toBe(200)
      expect(history.body.docs.map((doc: { version: { updatedBy: unknown } }) => doc.version.updatedBy)).toEqual([
        users.communicatie.id,
        users.beheerder.id,
      ])

      for (const role of ['baliemedewerker', 'coordinator'] as const) {
        const refused = await api(app.url, 'GET', path, { token: users[role].token })
        expect(refused.status).toBe(403)
      }
      expect([401, 403]).toContain((await api(app.url, 'GET', path)).status)
    })
})
