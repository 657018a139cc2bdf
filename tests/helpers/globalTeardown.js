import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default async function globalTeardown() {
  await globalThis.__INFOPUNT_MONGO__?.stop()
  if (process.env.INFOPUNT_TEST_RUN)
    rmSync(path.join(tmpdir(), `infopunt-e2e-seed-${process.env.INFOPUNT_TEST_RUN}`), { recursive: true, force: true })
}
