import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { login } from '../helpers/api'
import { startNextServer, type NextServer } from '../helpers/nextServer'
import { DEMO_PASSWORD } from '../../src/seed/data/users'

// One render slot (src/lib/renderSlots.ts): a slot that is never given back stalls every page after it,
// which a bounded wait below turns into a failure.
let server: NextServer
let coordinator: Record<string, string>

beforeAll(async () => {
  server = await startNextServer({ env: { PAGE_RENDER_SLOTS: '1' } })
  const token = await login(server.url, 'coordinator@infopunt.example', DEMO_PASSWORD)
  coordinator = { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' }
}, 240_000)

afterAll(async () => {
  await server?.stop()
})

const page = async (path: string, headers = coordinator) => {
  const response = await fetch(`${server.url}${path}`, {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(20_000),
  })
  return { status: response.status, html: await response.text(), location: response.headers.get('location') }
}

describe('staff pages under a crowd (render slots)', () => {
  it('serves twenty desks asking at once, each their own page, one render at a time', async () => {
    const paths = Array.from({ length: 20 }, (_, index) => (index % 2 ? '/' : '/rapportage'))
    const answers = await Promise.all(paths.map((path) => page(path)))
    expect(answers.map(({ status }) => status)).toEqual(paths.map(() => 200))
    answers.forEach(({ html }, index) =>
      expect(html).toContain(paths[index] === '/' ? 'Goedendag' : 'Verloop per maand'),
    )
  }, 120_000)

  it('gives the slot back when the reader leaves before the page is sent', async () => {
    // Left at once (perhaps before the page took its slot), and left after the first bytes.
    for (const leaveAfterMs of [0, 1, 5, 20]) {
      const controller = new AbortController()
      const leaving = fetch(`${server.url}/rapportage`, { headers: coordinator, signal: controller.signal })
        .then((response) => response.text())
        .catch(() => undefined)
      setTimeout(() => controller.abort(), leaveAfterMs)
      await leaving
    }
    const next = await page('/rapportage')
    expect(next.status).toBe(200)
    expect(next.html).toContain('Verloop per maand')
  }, 120_000)

  it('sends someone not logged in, or in the wrong role, on before the pages queued ahead of them', async () => {
    const desk = await login(server.url, 'balie@infopunt.example', DEMO_PASSWORD)
    const finished: string[] = []
    const track = (name: string, answer: ReturnType<typeof page>) =>
      answer.then((result) => (finished.push(name), result))
    const busy = Array.from({ length: 6 }, (_, index) => track(`page ${index}`, page('/rapportage')))
    await new Promise((resolve) => setTimeout(resolve, 50))
    const [anonymous, wrongRole] = await Promise.all([
      track('anonymous', page('/rapportage', {})),
      track('wrong role', page('/rapportage', { Cookie: `payload-token=${desk}`, 'Sec-Fetch-Site': 'same-origin' })),
    ])
    expect(anonymous).toMatchObject({ status: 307, location: expect.stringContaining('/inloggen') })
    expect(wrongRole).toMatchObject({ status: 307, location: expect.stringContaining('geenToegang=rapportage') })
    expect((await Promise.all(busy)).map(({ status }) => status)).toEqual(busy.map(() => 200))
    // Refusals take no slot: they are not behind the six renders that queue for the one slot.
    expect(finished.indexOf('wrong role')).toBeLessThan(finished.indexOf('page 5'))
    expect(finished.indexOf('anonymous')).toBeLessThan(finished.indexOf('page 5'))
  }, 120_000)
})
