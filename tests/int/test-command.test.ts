import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { runInShell, userEnv } from '../helpers/userShell'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

describe("the README's test command on a machine without the browser", () => {
  it('stops at once, before the build, with one line saying what to do', async () => {
    const missing = path.join(root, 'no-chromium-here')
    const test = runInShell('npm test', { cwd: root, env: userEnv({ CHROMIUM_PATH: missing }) })
    // The build takes minutes: still running after 30 s means it was started.
    const code = await Promise.race([
      test.exited,
      new Promise((resolve) => setTimeout(resolve, 30_000, 'running').unref()),
    ])
    await test.stop()
    expect(code).toBe(1)
    expect(test.output()).toContain(`CHROMIUM_PATH=${missing} is not an executable file`)
    expect(test.output()).not.toContain('next build')
  }, 60_000)
})
