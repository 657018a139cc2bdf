/**
 * `pretest`: the browser tests drive Debian's Chromium (tests/helpers/browser.ts). When it is
 * missing, install it where that is allowed (root on Debian, apt-get present); otherwise stop at
 * once with one line saying what to run, before `npm test` spends minutes on the build.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'

const DEFAULT_PATH = '/usr/bin/chromium'
const PACKAGES = ['chromium', 'fonts-dejavu-core']
const APT_GET = '/usr/bin/apt-get'

const runnable = (file) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

const stop = (line) => {
  console.error(line)
  process.exit(1)
}

const apt = (...args) =>
  spawnSync(APT_GET, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ===
  0

const chosen = process.env.CHROMIUM_PATH
if (chosen) {
  if (!runnable(chosen))
    stop(
      `The browser tests need Chromium, but CHROMIUM_PATH=${chosen} is not an executable file: correct it or unset it.`,
    )
} else if (!runnable(DEFAULT_PATH)) {
  const install = `apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`
  if (process.getuid?.() !== 0 || !runnable(APT_GET))
    stop(
      `The browser tests need Debian's Chromium at ${DEFAULT_PATH}: run \`sudo apt-get update && sudo ${install}\` (or set CHROMIUM_PATH to a Chromium binary), then npm test again.`,
    )
  console.log(`Installing Debian's Chromium for the browser tests (${install}).`)
  if (
    !apt('update', '-qq') ||
    !apt('install', '-y', '-qq', '--no-install-recommends', ...PACKAGES) ||
    !runnable(DEFAULT_PATH)
  )
    stop(`Installing Chromium failed (see apt-get's output above): run \`${install}\` yourself, then npm test again.`)
}
