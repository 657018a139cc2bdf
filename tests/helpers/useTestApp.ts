import { afterAll, beforeAll } from '@jest/globals'

import { startTestApp, type TestApp } from './testApp'

/** Booting Payload and running the migrations takes seconds, longer while other test files boot in parallel. */
const START_TIMEOUT_MS = 120_000

/**
 * The test app of one test file: started before its tests, closed after them. Read `app.payload` and
 * `app.url` inside hooks and tests (the object is filled in when the app has started). `env` may be a
 * function, evaluated at start, for settings known only then (a port opened by an earlier `beforeAll`).
 */
export const useTestApp = (env: Record<string, string> | (() => Record<string, string>) = {}): TestApp => {
  const app = {} as TestApp
  beforeAll(async () => {
    Object.assign(app, await startTestApp(typeof env === 'function' ? env() : env))
  }, START_TIMEOUT_MS)
  afterAll(async () => {
    await app.close?.()
  })
  return app
}
