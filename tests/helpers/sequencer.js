/**
 * Jest's order (slowest known first, else largest file first), with the fresh-clone test at the very
 * front: it is the longest file of its batch, and started last it would run alone at the end.
 */
import Sequencer from '@jest/test-sequencer'

const FIRST = /fresh-clone\.test\.ts$/

export default class FreshCloneFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    return [...sorted.filter((test) => FIRST.test(test.path)), ...sorted.filter((test) => !FIRST.test(test.path))]
  }
}
