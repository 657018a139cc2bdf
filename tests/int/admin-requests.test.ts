/**
 * Requests the Payload admin makes that are not plain REST: its relationship fields look options up
 * with a POST whose form-encoded body is the query string (X-Payload-HTTP-Method-Override: GET).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { api, createRoleUsers } from '../helpers/api'
import { createBasics } from '../helpers/fixtures'
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

const queryByPost = (path: string, search: string) =>
  api(app.url, 'POST', path, {
    token: users.baliemedewerker.token,
    body: search,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
  })

it('answers the relationship fields’ query by POST as the GET it stands for', async () => {
  const search = `limit=10&depth=0&where[id][equals]=${basics.location.id}`
  const res = await queryByPost('/api/locations', search)
  expect(res.status).toBe(200)
  expect(res.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([basics.location.id])
})

it('checks that query as it checks a query string', async () => {
  const res = await queryByPost('/api/locations', 'where=geen-json{')
  expect(res.status).toBe(400)
})
