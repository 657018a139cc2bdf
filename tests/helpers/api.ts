import { request as httpRequest } from 'node:http'

import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'

export const TEST_PASSWORD = 'test-wachtwoord-lang-genoeg'

/** A REST body of any shape: each test reads the fields its response has, as a client would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiBody = any

export interface ApiResponse<T = ApiBody> {
  status: number
  body: T
  headers: Headers
}

/**
 * One REST call over HTTP, authenticated with a JWT when a token is given. A FormData body is sent
 * as multipart/form-data (uploads), anything else as JSON.
 */
export const api = async <T = ApiBody>(
  baseURL: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> => {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  let body: string | FormData | undefined
  if (options.body instanceof FormData) {
    // multipart/form-data (uploads): fetch sets the Content-Type with its boundary itself
    body = options.body
  } else if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json'
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  }
  const response = await fetch(`${baseURL}${path}`, { method, headers, body })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed as T, headers: response.headers }
}

export const login = async (baseURL: string, email: string, password = TEST_PASSWORD): Promise<string> => {
  const response = await api<{ token?: string }>(baseURL, 'POST', '/api/users/login', { body: { email, password } })
  if (response.status !== 200 || !response.body?.token)
    throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.token
}

/** Creates one user per role (Local API, as an administrator would) and logs each in over HTTP. */
export const createRoleUsers = async (payload: Payload, baseURL: string) => {
  const roles: Role[] = ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker']
  const users = {} as Record<Role, { id: number | string; email: string; token: string }>
  for (const role of roles) {
    const email = `${role}@test.example`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: TEST_PASSWORD, name: `Test ${role}`, role },
    })
    users[role] = { id: user.id, email, token: await login(baseURL, email) }
  }
  return users
}

/** One more account of the given role (Local API, as an administrator would), logged in over HTTP. */
export const createLoggedInUser = async (
  payload: Payload,
  baseURL: string,
  role: Role,
  data: { email?: string; name?: string; network?: number | string } = {},
) => {
  const email =
    data.email ?? `${role}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@test.example`
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: TEST_PASSWORD,
      name: data.name ?? `Extra ${role}`,
      role,
      // Without one, the installation's only network (src/networks/current.ts).
      ...(data.network !== undefined && { networks: [{ network: data.network as number, role }] }),
    },
  })
  return { id: user.id, email, token: await login(baseURL, email) }
}

/**
 * One request whose body is sent with `Transfer-Encoding: chunked` and no Content-Length, in chunks
 * of 64 KB, as a client that streams its body would: node:http, because fetch would buffer it.
 */
export const sendChunked = (
  baseURL: string,
  method: string,
  path: string,
  options: { token?: string; body: string; contentType?: string },
): Promise<ApiResponse> =>
  new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'Content-Type': options.contentType ?? 'application/json',
      'Transfer-Encoding': 'chunked',
    }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    const request = httpRequest(`${baseURL}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let body: unknown = text
        try {
          body = text ? JSON.parse(text) : undefined
        } catch {
          // not JSON: keep the text
        }
        const responseHeaders = new Headers()
        for (const [name, value] of Object.entries(response.headers))
          if (typeof value === 'string') responseHeaders.set(name, value)
        resolve({ status: response.statusCode ?? 0, body, headers: responseHeaders })
      })
    })
    // The server may answer and close before the whole body is sent.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)))
    const bytes = Buffer.from(options.body)
    for (let offset = 0; offset < bytes.length; offset += 64 * 1024)
      request.write(bytes.subarray(offset, offset + 64 * 1024))
    request.end()
  })
