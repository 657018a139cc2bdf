/**
 * Prints one closing line that CI can read: "jest: N passed, N failed, N skipped". Written on exit
 * so that it is the last line, after Jest's own summary.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests + results.numTodoTests} skipped`
    process.once('exit', () => process.stdout.write(`\n${line}\n`))
  }
}
