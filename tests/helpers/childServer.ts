/**
 * The in-process test server as a child process on a given data directory, for tests that kill it
 * (crash safety) or copy its files while it runs (backup). Boots the real Payload config with the
 * committed migrations on CHILD_DATA_DIR/infopunt.db and serves the REST API over HTTP; on an empty
 * database it creates a beheerder, a desk worker, a location and a theme. Prints one line:
 * READY {"url": …, "location": …, "theme": …}.
 */
import { startTestApp } from './testApp'
import { TEST_PASSWORD } from './api'
import { kernIn } from './fixtures'

const dataDir = process.env.CHILD_DATA_DIR
if (!dataDir) throw new Error('CHILD_DATA_DIR is required')

const app = await startTestApp({ DATABASE_URL: `file:${dataDir}/infopunt.db`, INFOPUNT_DATA_DIR: dataDir })
const { payload } = app
if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
  for (const role of ['beheerder', 'baliemedewerker'] as const)
    await payload.create({
      collection: 'users',
      data: { email: `${role}@crash.example`, password: TEST_PASSWORD, name: role, role },
    })
  await payload.create({
    collection: 'locations',
    data: { name: 'Infopunt Dalfsen', kern: await kernIn(payload, 'Dalfsen') },
  })
  await payload.create({ collection: 'themes', data: { name: 'Geldzaken' } })
}
const [location] = (await payload.find({ collection: 'locations', limit: 1, depth: 0 })).docs
const [theme] = (await payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs
console.log(`READY ${JSON.stringify({ url: app.url, location: location.id, theme: theme.id })}`)
