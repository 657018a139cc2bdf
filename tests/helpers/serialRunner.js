/**
 * Jest's own runner, one file at a time: each browser test file starts `next start` and Chromium, and
 * two of those at once on a 2-core machine only slow each other down. Jest runs each runner's files in
 * turn, so the browser tests start once the unit and integration files (in parallel workers) are done.
 */
import TestRunner from 'jest-runner'

export default class SerialRunner extends TestRunner {
  isSerial = true
}
