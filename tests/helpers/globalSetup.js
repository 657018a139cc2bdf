/**
 * TEST_DATABASE=mongodb runs the suite on an in-memory MongoDB replica set (replica set, so
 * transactions work). mongodb-memory-server needs a mongod: downloaded, or MONGOMS_SYSTEM_BINARY.
 * Where none can be had the run says so in one line and the suite runs on SQLite.
 */
const MONGO_START_TIMEOUT_MS = 120_000

const withTimeout = (promise, ms) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms).unref()),
  ])

const shortReason = (error) =>
  String(error?.message ?? error)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 240)

/** mongodb-memory-server reports failures on the console itself; the one line below says it all. */
const quietly = async (work) => {
  const { warn, error } = console
  console.warn = console.error = () => {}
  try {
    return await work()
  } finally {
    Object.assign(console, { warn, error })
  }
}

export default async function globalSetup() {
  // Names this run's shared test data, such as the browser tests' seeded demo database (nextServer.ts).
  process.env.INFOPUNT_TEST_RUN = `${Date.now().toString(36)}-${process.pid}`
  if (process.env.TEST_DATABASE !== 'mongodb') {
    console.log('\nDatabase: SQLite (a temporary file per test file).')
    return
  }
  try {
    const { MongoMemoryReplSet } = await import('mongodb-memory-server')
    const replSet = await quietly(() =>
      withTimeout(
        MongoMemoryReplSet.create({ replSet: { count: 1, storageEngine: 'wiredTiger' } }),
        MONGO_START_TIMEOUT_MS,
      ),
    )
    globalThis.__INFOPUNT_MONGO__ = replSet
    process.env.INFOPUNT_TEST_MONGO_URI = replSet.getUri()
    console.log(`\nDatabase: MongoDB replica set (mongodb-memory-server) at ${replSet.getUri()}`)
  } catch (error) {
    console.log(
      `\nMongoDB leg skipped: no mongod could be started (${shortReason(error)}); set MONGOMS_SYSTEM_BINARY to a mongod binary to run it. The suite runs on SQLite instead.`,
    )
  }
}
