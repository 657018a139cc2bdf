import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { runInShell, userEnv } from '../helpers/userShell'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')
const parent = mkdtempSync(path.join(tmpdir(), 'infopunt-data-dir-'))

afterAll(() => rmSync(parent, { recursive: true, force: true }))

describe('a data folder that does not exist yet', () => {
  it('is created by `npm run seed`, which then fills the new database', async () => {
    const dataDir = path.join(parent, 'nog', 'niet', 'aangemaakt')
    const seed = runInShell('npm run seed', { cwd: root, env: userEnv({ INFOPUNT_DATA_DIR: dataDir }) })
    const code = await seed.exited
    if (code !== 0) throw new Error(`npm run seed ended with ${code}:\n${seed.output().slice(-3000)}`)
    expect(seed.output()).toMatch(/Seed finished .* users 18,/s)
    expect(existsSync(path.join(dataDir, 'infopunt.db'))).toBe(true)
    for (const collection of ['media', 'work-documents'])
      expect(existsSync(path.join(dataDir, 'uploads', collection))).toBe(true)
  }, 300_000)
})
