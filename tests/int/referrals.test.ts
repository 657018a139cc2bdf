import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { api, createRoleUsers } from '../helpers/api'
import { createBasics } from '../helpers/fixtures'
import { startMailCatcher, type MailCatcher } from '../helpers/mailCatcher'
import { useTestApp } from '../helpers/useTestApp'

let smtp: MailCatcher
let users: Awaited<ReturnType<typeof createRoleUsers>>
let organisationId: number | string

// A real SMTP server on loopback: Payload's nodemailer adapter delivers to it.
beforeAll(async () => {
  smtp = await startMailCatcher()
})
const app = useTestApp(() => smtp.env)
// after the app's own afterAll, which closes the app first
afterAll(async () => {
  await smtp.close()
})

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  const basics = await createBasics(app.payload)
  await app.payload.create({
    collection: 'referral-mailboxes',
    data: { email: 'infopunt.test@example.org', location: basics.location.id },
  })
  await app.payload.update({
    collection: 'users',
    id: users.baliemedewerker.id,
    data: { defaultLocation: basics.location.id },
  })
  const organisation = await app.payload.create({
    collection: 'organisations',
    data: {
      name: 'Humanitas Test',
      shortDescription: 'Vrijwilligers.',
      kindOfHelp: 'informal',
      status: 'active',
      referral: { email: 'verwijzen@humanitas.example.org', contactPerson: 'Ingrid' },
    },
  })
  organisationId = organisation.id
})

const refer = (body: Record<string, unknown>, token = users.baliemedewerker.token) =>
  api(app.url, 'POST', '/api/directory/referrals', { token, body })

const referralCount = async () => (await app.payload.count({ collection: 'referrals' })).totalDocs

describe('warm referral by e-mail', () => {
  it('is sent to the referral address, with the desk mailbox in cc and as reply-to, once the resident consented', async () => {
    const message = 'Beste Ingrid, een jonge moeder zoekt steun van Home-Start. Wilt u haar bellen?'
    const res = await refer({ organisation: organisationId, consent: true, message })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      method: 'email',
      to: 'verwijzen@humanitas.example.org',
      cc: 'infopunt.test@example.org',
    })
    const mail = smtp.received.at(-1)!
    expect(mail.to.sort()).toEqual(['infopunt.test@example.org', 'verwijzen@humanitas.example.org'])
    expect(mail.raw).toMatch(/^Reply-To: infopunt\.test@example\.org/m)
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain('een jonge moeder zoekt steun')
  })

  it('stores that a referral was made, never the message', async () => {
    const { docs } = await app.payload.find({ collection: 'referrals', depth: 0, sort: '-createdAt', limit: 1 })
    expect(docs[0]).toMatchObject({
      method: 'email',
      referredBy: users.baliemedewerker.id,
      organisation: organisationId,
    })
    expect(JSON.stringify(docs[0])).not.toContain('jonge moeder')
  })

  it('is refused without the resident’s consent: nothing sent, nothing stored', async () => {
    const [mails, referrals] = [smtp.received.length, await referralCount()]
    const res = await refer({ organisation: organisationId, consent: false, message: 'Zonder toestemming' })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatch(/toestemming/)
    expect(smtp.received.length).toBe(mails)
    expect(await referralCount()).toBe(referrals)
  })

  it('answers 400 for malformed JSON and 401 for anonymous callers', async () => {
    const malformed = await api(app.url, 'POST', '/api/directory/referrals', {
      token: users.baliemedewerker.token,
      body: '{"consent":',
    })
    expect(malformed.status).toBe(400)
    expect((await api(app.url, 'POST', '/api/directory/referrals', { body: { consent: true } })).status).toBe(401)
  })

  it('without SMTP, returns a prefilled mailto: link and records the referral', async () => {
    const host = process.env.SMTP_HOST
    delete process.env.SMTP_HOST
    try {
      const [mails, referrals] = [smtp.received.length, await referralCount()]
      const res = await refer({ organisation: organisationId, consent: true, message: 'Graag contact opnemen.' })
      expect(res.status).toBe(201)
      expect(res.body.method).toBe('mailto')
      const link = new URL(res.body.mailto)
      expect(link.protocol).toBe('mailto:')
      expect(link.pathname).toBe('verwijzen@humanitas.example.org')
      expect(link.searchParams.get('cc')).toBe('infopunt.test@example.org')
      expect(link.searchParams.get('body')).toBe('Graag contact opnemen.')
      expect(smtp.received.length).toBe(mails)
      expect(await referralCount()).toBe(referrals + 1)
    } finally {
      process.env.SMTP_HOST = host
    }
  })
})
