import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { api, createRoleUsers } from '../helpers/api'
import { createBasics } from '../helpers/fixtures'
import { startMailCatcher, type MailCatcher } from '../helpers/mailCatcher'
import { useTestApp } from '../helpers/useTestApp'
import { hashLinkToken } from '../../src/lib/linkTokens'
import { REFERRAL_CODE } from '../../src/referrals/code'
import { answerLink } from '../../src/referrals/answerLink'
import { referralLetter } from '../../src/referrals/letter'
import { createLink, LINK_DAYS } from '../../src/referrals/links'
import { runReferralReminders } from '../../src/referrals/reminders'

let smtp: MailCatcher
let users: Awaited<ReturnType<typeof createRoleUsers>>
let organisationId: number | string
let basics: Awaited<ReturnType<typeof createBasics>>

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
  basics = await createBasics(app.payload)
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
      status: 'sent',
    })
    expect(docs[0].code).toMatch(REFERRAL_CODE)
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

  it('is refused while the letter’s blanks are empty: nothing sent, nothing stored', async () => {
    const [mails, referrals] = [smtp.received.length, await referralCount()]
    const letter = referralLetter('Beste Ingrid,', 'Infopunt Test')
    const blank = await refer({ organisation: organisationId, consent: true, message: letter })
    expect([blank.status, blank.body.error]).toEqual([
      400,
      'Vul in het bericht nog in: de vraag en hoe de inwoner bereikbaar is.',
    ])
    const halfFilled = letter.replace('De vraag: ', 'De vraag: hulp bij de administratie')
    const half = await refer({ organisation: organisationId, consent: true, message: halfFilled })
    expect(half.body.error).toBe('Vul in het bericht nog in: hoe de inwoner bereikbaar is.')
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
      // The message, then the code and the organisation's two answer links.
      expect(link.searchParams.get('body')).toMatch(/^Graag contact opnemen\.\n\nVerwijscode: INF-\w{4}\n/)
      expect(link.searchParams.get('body')).toContain('/verwijzing/')
      expect(smtp.received.length).toBe(mails)
      expect(await referralCount()).toBe(referrals + 1)
    } finally {
      process.env.SMTP_HOST = host
    }
  })
})

/** The decoded text of a caught mail (quoted-printable soft breaks and =3D undone). */
const textOf = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
const tokenAfter = (text: string, label: string) =>
  new RegExp(`${label}: \\S+/verwijzing/([A-Za-z0-9_-]{43})`).exec(text)?.[1] as string

/** Makes an e-mailed referral and returns it with the tokens of its two links, read from the captured mail. */
const referByMail = async () => {
  const res = await refer({ organisation: organisationId, consent: true, message: 'Wilt u contact opnemen?' })
  expect(res.status).toBe(201)
  const text = textOf(smtp.received.at(-1)!.raw)
  expect(text).toContain(`Verwijscode: ${res.body.code}`)
  return {
    id: res.body.id as number | string,
    code: res.body.code as string,
    received: tokenAfter(text, 'Ontvangen'),
    outcome: tokenAfter(text, 'Contact gehad / afgerond'),
  }
}
const answer = (body: Record<string, unknown>) => api(app.url, 'POST', '/api/referrals/answer', { body })
const referral = (id: number | string) => app.payload.findByID({ collection: 'referrals', id, depth: 0 })

describe('the organisation answers through the links in the e-mail', () => {
  it('confirms receipt once; the link then says it was used and changes nothing', async () => {
    const sent = await referByMail()
    const other = await referByMail()
    const res = await answer({ token: sent.received, status: 'received' })
    expect(res.status).toBe(200)
    expect(res.body.message).toMatch(/ontvangen/)
    const after = await referral(sent.id)
    expect(after).toMatchObject({ status: 'received' })
    expect(after.firstAnswerAt).toBeTruthy()
    expect(after.history?.map((step) => [step.status, step.by])).toEqual([
      ['sent', 'desk'],
      ['received', 'organisation'],
    ])
    // One referral's link never touches another.
    expect((await referral(other.id)).status).toBe('sent')
    const again = await answer({ token: sent.received, status: 'received' })
    expect(again.status).toBe(410)
    expect(again.body.error).toMatch(/al geantwoord/)
    expect((await referral(sent.id)).updatedAt).toBe(after.updatedAt)
  })

  it('refuses a tampered, unknown or wrong-purpose answer with a Dutch reason and changes nothing', async () => {
    const sent = await referByMail()
    const before = await referral(sent.id)
    const tampered = `${sent.received.slice(0, -1)}${sent.received.endsWith('A') ? 'B' : 'A'}`
    for (const body of [
      { token: tampered, status: 'received' },
      { token: 'kort', status: 'received' },
      { token: { $ne: null }, status: 'received' },
    ]) {
      const res = await answer(body)
      expect(res.status).toBe(404)
      expect(res.body.error).toMatch(/niet \(meer\) geldig/)
    }
    // "Ontvangen" cannot report an outcome, and "not completed" needs a reason.
    expect((await answer({ token: sent.received, status: 'completed' })).status).toBe(400)
    const noReason = await answer({ token: sent.outcome, status: 'not-completed' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error).toMatch(/waarom/)
    expect(await referral(sent.id)).toEqual(before)
  })

  it('reports contact, then the outcome with a reason; the outcome link is then used up', async () => {
    const sent = await referByMail()
    expect((await answer({ token: sent.outcome, status: 'in-contact' })).status).toBe(200)
    const final = await answer({ token: sent.outcome, status: 'not-completed', reason: 'waiting-list' })
    expect(final.status).toBe(200)
    expect(await referral(sent.id)).toMatchObject({ status: 'not-completed', outcomeReason: 'waiting-list' })
    expect((await answer({ token: sent.outcome, status: 'completed' })).status).toBe(410)
    // The receipt link after the outcome: nothing left to confirm.
    expect((await answer({ token: sent.received, status: 'received' })).status).toBe(409)
  })

  it('refuses an expired link', async () => {
    const sent = await referByMail()
    const longAgo = new Date(Date.now() - (LINK_DAYS + 1) * 86_400_000)
    const token = await createLink(app.payload, sent.id as number, 'received', longAgo)
    const res = await answer({ token, status: 'received' })
    expect(res.status).toBe(410)
    expect(res.body.error).toMatch(/30 dagen/)
    expect((await referral(sent.id)).status).toBe('sent')
  })

  it('stores only hashes of the tokens', async () => {
    const sent = await referByMail()
    const { docs } = await app.payload.find({
      collection: 'referral-links',
      where: { referral: { equals: sent.id } },
      depth: 0,
    })
    expect(docs).toHaveLength(2)
    expect(JSON.stringify(docs)).not.toContain(sent.received)
    expect(docs.map((link) => link.hash)).toContain(hashLinkToken(sent.received))
  })
})

describe('the desk worker follows up', () => {
  it('records a phone referral with a code, sending nothing', async () => {
    const mails = smtp.received.length
    const res = await refer({ organisation: organisationId, consent: true, method: 'phone' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ method: 'phone' })
    expect(res.body.code).toMatch(REFERRAL_CODE)
    expect(smtp.received.length).toBe(mails)
  })

  it('moves their own referral on after a phone call; others cannot, and it never goes back', async () => {
    const sent = await referByMail()
    const path = `/api/referrals/${sent.id}/status`
    const other = await api(app.url, 'POST', path, { token: users.communicatie.token, body: { status: 'received' } })
    expect(other.status).toBe(404)
    const anonymous = await api(app.url, 'POST', path, { body: { status: 'received' } })
    expect(anonymous.status).toBe(401)
    const own = await api(app.url, 'POST', path, { token: users.baliemedewerker.token, body: { status: 'in-contact' } })
    expect(own.status).toBe(200)
    const back = await api(app.url, 'POST', path, { token: users.baliemedewerker.token, body: { status: 'received' } })
    expect(back.status).toBe(409)
    expect(await referral(sent.id)).toMatchObject({ status: 'in-contact' })
    expect((await referral(sent.id)).history?.at(-1)?.by).toBe('desk')
  })

  it('links a registration to the desk worker’s own referral; someone else’s is refused in Dutch, nothing stored', async () => {
    const own = await refer({ organisation: organisationId, consent: true, method: 'phone' })
    const others = await refer(
      { organisation: organisationId, consent: true, method: 'phone' },
      users.coordinator.token,
    )
    const register = (referrals: unknown[]) =>
      api(app.url, 'POST', '/api/registrations', {
        token: users.baliemedewerker.token,
        body: {
          location: basics.location.id,
          themes: [basics.theme.id],
          answerType: 'warm-referral',
          referredOrganisations: [organisationId],
          referrals,
        },
      })
    const registrations = async () => (await app.payload.count({ collection: 'registrations' })).totalDocs
    const before = await registrations()
    const refused = await register([own.body.id, others.body.id])
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Je kunt alleen je eigen doorverwijzingen koppelen.')
    expect(await registrations()).toBe(before)
    const linked = await register([own.body.id])
    expect(linked.status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'registrations', id: linked.body.doc.id, depth: 1 })
    expect(stored.referrals?.map((referral) => (typeof referral === 'object' ? referral.code : referral))).toEqual([
      own.body.code,
    ])
  })

  it('e-mails the card to the resident without keeping the address anywhere, not even in a log line', async () => {
    const sent = await referByMail()
    const address = `inwoner.${Date.now()}@example.net`
    const logged: string[] = []
    const spies = [
      ...(['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const).map((level) =>
        jest.spyOn(app.payload.logger, level).mockImplementation((...args: unknown[]) => {
          logged.push(JSON.stringify(args))
        }),
      ),
      ...(['log', 'info', 'warn', 'error'] as const).map((level) =>
        jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
          logged.push(JSON.stringify(args))
        }),
      ),
    ]
    try {
      const refused = await api(app.url, 'POST', `/api/referrals/${sent.id}/card`, {
        token: users.baliemedewerker.token,
        body: { email: address, consent: false },
      })
      expect(refused.status).toBe(400)
      const res = await api(app.url, 'POST', `/api/referrals/${sent.id}/card`, {
        token: users.baliemedewerker.token,
        body: { email: address, consent: true },
      })
      expect(res.status).toBe(200)
      expect(JSON.stringify(res.body)).not.toContain(address)
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
    const mail = smtp.received.at(-1)!
    expect(mail.to).toEqual([address])
    expect(textOf(mail.raw)).toContain(sent.code)
    expect(logged.join('\n')).not.toContain(address)
    // Every document of every collection, versions and jobs included.
    for (const { slug } of app.payload.config.collections) {
      const { docs } = await app.payload.find({ collection: slug, depth: 0, limit: 0, pagination: false })
      expect(JSON.stringify(docs)).not.toContain(address)
    }
  })
})

describe('the nightly reminders and digests', () => {
  // 2 November 2026 is a Monday; the fixtures are backdated to it and the clock is passed in.
  const monday = '2026-11-02T09:00:00.000Z'

  it('remind an organisation once after two working days, and send each mailbox one digest a day', async () => {
    const sent = await referByMail()
    await app.payload.db.updateOne({
      collection: 'referrals',
      where: { id: { equals: sent.id } },
      data: { createdAt: monday },
    })
    const toOrganisation = () =>
      smtp.received.filter(
        (mail) => mail.to.includes('verwijzen@humanitas.example.org') && /Herinnering/.test(mail.raw),
      )
    const digests = () => smtp.received.filter((mail) => /Open doorverwijzingen/.test(mail.raw))

    await runReferralReminders(app.payload, new Date('2026-11-03T15:00:00Z'))
    expect(toOrganisation()).toHaveLength(0)
    expect(digests()).toHaveLength(1)
    expect(textOf(digests()[0].raw)).toContain(sent.code)

    await runReferralReminders(app.payload, new Date('2026-11-04T07:00:00Z'))
    await runReferralReminders(app.payload, new Date('2026-11-04T08:00:00Z'))
    expect(toOrganisation()).toHaveLength(1)
    const reminder = textOf(toOrganisation()[0].raw)
    expect(reminder).toContain(sent.code)
    // Fresh links (valid for 30 days from the fake clock's now): the reminder's "Ontvangen" works.
    const token = tokenAfter(reminder, 'Ontvangen')
    expect(
      await answerLink(app.payload, { token, status: 'received' }, new Date('2026-11-05T09:00:00Z')),
    ).toMatchObject({
      ok: true,
    })
    // One digest on the 3rd, one on the 4th: a second run on a day sends none.
    expect(digests()).toHaveLength(2)
    expect((await referral(sent.id)).reminderSentAt).toBeTruthy()
  })

  it('are off without SMTP, and say so', async () => {
    const host = process.env.SMTP_HOST
    delete process.env.SMTP_HOST
    const info = jest.spyOn(app.payload.logger, 'info').mockImplementation(() => undefined)
    try {
      const mails = smtp.received.length
      expect(await runReferralReminders(app.payload, new Date('2026-11-20T07:00:00Z'))).toEqual({
        reminders: 0,
        digests: 0,
      })
      expect(smtp.received.length).toBe(mails)
      expect(info.mock.calls.flat().join(' ')).toMatch(/reminders and digests are off/)
    } finally {
      info.mockRestore()
      process.env.SMTP_HOST = host
    }
  })
})

describe('referral outcomes in the report', () => {
  it('counts referrals per status and per organisation (groupBy=referralStatus), for coordinators only', async () => {
    const counts = async () => {
      const res = await api(app.url, 'GET', '/api/registrations/report?groupBy=referralStatus', {
        token: users.coordinator.token,
      })
      expect(res.status).toBe(200)
      return res.body
    }
    const before = await counts()
    const sent = await referByMail()
    await answer({ token: sent.received, status: 'received' })
    const after = await counts()
    const count = (report: typeof before, key: string) =>
      report.rows.find((row: { key: string }) => row.key === key).count
    expect(after.total).toBe(before.total + 1)
    expect(count(after, 'received')).toBe(count(before, 'received') + 1)
    expect(after.rows.map((row: { key: string }) => row.key)).toEqual([
      'sent',
      'received',
      'in-contact',
      'completed',
      'not-completed',
    ])
    const humanitas = after.organisations.find((row: { label: string }) => row.label === 'Humanitas Test')
    expect(humanitas.referrals).toBe(after.total)
    expect(humanitas.confirmedPercent).toBeGreaterThan(0)
    expect(humanitas.medianWorkingDays).toBe(0)
    const desk = await api(app.url, 'GET', '/api/registrations/report?groupBy=referralStatus', {
      token: users.baliemedewerker.token,
    })
    expect(desk.status).toBe(403)
  })
})
