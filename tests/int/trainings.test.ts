import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'

import { localParts } from '../../src/lib/localTime'
import { shiftsWithoutTrainedColleague, trainingStatus, type TrainingRule } from '../../src/trainings/status'
import { api, createRoleUsers } from '../helpers/api'
import { createBasics, unique } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

const rules: TrainingRule[] = [
  { id: 1, name: 'Gastvrijheid', required: true, validityMonths: 36 },
  { id: 2, name: 'Digitaal Infopunt', required: true, validityMonths: 24 },
  { id: 3, name: 'Vraagverheldering', required: true, validityMonths: null },
  { id: 4, name: 'Huiselijk geweld herkennen', required: false, validityMonths: 12 },
]
const TODAY = '2026-06-15'

describe('trainingStatus()', () => {
  it('is "in opleiding" until every required training was completed once, whatever the optional ones', () => {
    const done = [1, 2, 3].map((training) => ({ user: 9, training, completedOn: '2026-01-10' }))
    expect(trainingStatus(rules, done.slice(0, 2), TODAY).inTraining).toBe(true)
    const status = trainingStatus(rules, done, TODAY)
    expect(status.inTraining).toBe(false)
    expect(status.refresherDue).toBe(false)
    expect(status.lines.map((line) => line.state)).toEqual(['done', 'done', 'done', 'missing'])
  })

  it('takes the latest completion, and reports refreshers due within two months and expired ones', () => {
    const completions = [
      { user: 9, training: 1, completedOn: '2020-01-10' },
      { user: 9, training: 1, completedOn: '2025-01-10T12:00:00.000Z' }, // the latest counts
      { user: 9, training: 2, completedOn: '2024-07-20' }, // valid until 2026-07-20: due soon
      { user: 9, training: 3, completedOn: '2010-03-01' }, // valid for good
      { user: 9, training: 4, completedOn: '2025-06-15' }, // valid until 2026-06-15: expired today
    ]
    const status = trainingStatus(rules, completions, TODAY)
    expect(status.lines.map((line) => [line.state, line.validUntil])).toEqual([
      ['done', '2028-01-10'],
      ['dueSoon', '2026-07-20'],
      ['done', null],
      ['expired', '2026-06-15'],
    ])
    expect(status.inTraining).toBe(false)
    expect(status.refresherDue).toBe(true)
  })
})

describe('shiftsWithoutTrainedColleague()', () => {
  const at = (time: string) => `2026-06-15T${time}:00.000Z`
  const shift = (id: number, from: string, to: string, people: { userId?: number; name: string }[], location = 1) => ({
    id,
    location,
    startsAt: at(from),
    endsAt: at(to),
    people,
  })
  const trained = (id?: number | string) => id !== undefined && [1, 2].includes(Number(id))
  const ahmed = { userId: 7, name: 'Ahmed' }
  const anna = { userId: 1, name: 'Anna' }

  it('flags someone in training alone, not beside a trained colleague on the same or another shift', () => {
    const flagged = shiftsWithoutTrainedColleague(
      [
        shift(1, '08:00', '10:00', [ahmed]),
        shift(2, '10:00', '12:00', [ahmed, anna]),
        shift(3, '12:00', '14:00', [ahmed]),
        shift(4, '12:00', '14:00', [{ userId: 2, name: 'Bert' }]),
        shift(5, '14:00', '16:00', [anna]),
      ],
      trained,
    )
    expect([...flagged]).toEqual([['1', ['Ahmed']]])
  })

  it('flags a trained colleague there for part of the shift only, or at another Infopunt', () => {
    const flagged = shiftsWithoutTrainedColleague(
      [
        shift(1, '08:00', '12:00', [ahmed]),
        shift(2, '09:00', '11:00', [anna]),
        shift(3, '08:00', '12:00', [{ userId: 8, name: 'Sandra' }], 2),
        shift(4, '08:00', '12:00', [{ userId: 2, name: 'Bert' }], 3),
      ],
      trained,
    )
    expect([...flagged.keys()]).toEqual(['1', '3'])
  })

  it('counts people without an account as in training', () => {
    const flagged = shiftsWithoutTrainedColleague(
      [shift(1, '08:00', '10:00', [{ name: 'Lotte Hendriks' }]), shift(2, '10:00', '12:00', [{ name: 'Johan' }, anna])],
      trained,
    )
    expect([...flagged]).toEqual([['1', ['Lotte Hendriks']]])
  })
})

describe('the training overview and its export', () => {
  let app: TestApp
  let users: Awaited<ReturnType<typeof createRoleUsers>>

  beforeAll(async () => {
    app = await startTestApp()
    users = await createRoleUsers(app.payload, app.url)
    const { organisation } = await createBasics(app.payload)
    const training = await app.payload.create({
      collection: 'trainings',
      data: { name: '=Vraagverheldering', provider: organisation.id, required: true, validityMonths: 36 },
    })
    await app.payload.create({
      collection: 'training-completions',
      data: {
        user: users.coordinator.id as number,
        training: training.id,
        completedOn: `${localParts(new Date()).date}T12:00:00.000Z`,
      },
    })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('exports every active colleague with their state, for coordinators and administrators only', async () => {
    const res = await api(app.url, 'GET', '/api/trainings/overzicht.csv', { token: users.coordinator.token })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const rows = parse(String(res.body).replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<
      string,
      string
    >[]
    const byRole = Object.fromEntries(rows.map((row) => [row.Rol, row]))
    expect(byRole['Coördinator']['In opleiding']).toBe('nee')
    expect(byRole['Coördinator']["'=Vraagverheldering"]).toMatch(/^Behaald \(/)
    expect(byRole['Baliemedewerker']['In opleiding']).toBe('ja')
    expect(byRole['Baliemedewerker']["'=Vraagverheldering"]).toBe('Nog niet gevolgd')

    expect((await api(app.url, 'GET', '/api/trainings/overzicht.csv')).status).toBe(401)
    for (const role of ['communicatie', 'baliemedewerker'] as const) {
      const refused = await api(app.url, 'GET', '/api/trainings/overzicht.csv', { token: users[role].token })
      expect(refused.status).toBe(403)
      expect(refused.body).toContain('coördinatoren')
    }
  })

  it('refuses a completion in the future with a Dutch reason', async () => {
    const training = await app.payload.create({ collection: 'trainings', data: { name: unique('Training') } })
    const res = await api(app.url, 'POST', '/api/training-completions', {
      token: users.coordinator.token,
      body: { user: users.baliemedewerker.id, training: training.id, completedOn: '2099-01-01T12:00:00.000Z' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('niet in de toekomst')
  })
})
