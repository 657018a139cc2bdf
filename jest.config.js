/**
 * Unit tests (tests/unit) start nothing; integration tests (tests/int) boot the app in-process, each file on a
 * database of its own; browser tests (tests/e2e) need `next build` first.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
}

const projects = [
  { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
  { ...shared, displayName: 'int', testMatch: ['<rootDir>/tests/int/**/*.test.ts'] },
  {
    ...shared,
    displayName: 'e2e',
    testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/fresh-clone\\.test\\.ts$'],
    runner: '<rootDir>/tests/helpers/serialRunner.js',
  },
  // The README's run command on a fresh clone needs no build and no browser: it runs beside the
  // integration files (its minutes are mostly `npm install` and the first compile) instead of after them.
  { ...shared, displayName: 'clone', testMatch: ['<rootDir>/tests/e2e/fresh-clone.test.ts'] },
]

// TEST_SUITE=unit, int or e2e picks one project and leaves positional arguments free for file patterns.
const only = process.env.TEST_SUITE
const suiteOf = (project) => (project.displayName === 'clone' ? 'e2e' : project.displayName)

export default {
  projects: only ? projects.filter((project) => suiteOf(project) === only) : projects,
  globalSetup: '<rootDir>/tests/helpers/globalSetup.js',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.js',
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.js'],
  testSequencer: '<rootDir>/tests/helpers/sequencer.js',
  testTimeout: 60_000,
  // Unit and integration files run two at a time (Jest's default on 2 cores is one); the browser tests
  // run one file at a time after them (serialRunner.js).
  maxWorkers: 2,
}
