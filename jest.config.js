/** Integration tests (tests/int) boot the app in-process; browser tests (tests/e2e) need `next build` first. */
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
  { ...shared, displayName: 'int', testMatch: ['<rootDir>/tests/int/**/*.test.ts'] },
  { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
]

// TEST_SUITE=int or e2e picks one project and leaves positional arguments free for file patterns.
const only = process.env.TEST_SUITE

export default {
  projects: only ? projects.filter((project) => project.displayName === only) : projects,
  globalSetup: '<rootDir>/tests/helpers/globalSetup.js',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.js',
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.js'],
  testTimeout: 60_000,
}
