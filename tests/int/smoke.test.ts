import { describe, expect, it } from '@jest/globals'

import { api, createRoleUsers } from '../helpers/api'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp()

describe('smoke', () => {
  it('serves REST over HTTP', async () => {
    const users = await createRoleUsers(app.payload, app.url)
    const res = await api(app.url, 'GET', '/api/users/me', { token: users.beheerder.token })
    expect(res.status).toBe(200)
    expect(res.body.user.role).toBe('beheerder')
  })
})
