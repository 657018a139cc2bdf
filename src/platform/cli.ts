import { loadEnv } from 'payload/node'

/**
 * `npm run platform:administrator -- <e-mail>`: makes an existing account the installation's platform
 * administrator (on the server only: no API hands this out). The account leaves its networks: the
 * platform administrator works above them and reads none of their records.
 */
loadEnv()
const email = process.argv[2]?.trim().toLowerCase()
if (!email) {
  console.error('Gebruik: npm run platform:administrator -- <e-mailadres van een bestaand account>')
  process.exit(2)
}
const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
const payload = await getPayload({ config })
const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
if (!docs[0]) {
  console.error(`Er is geen account met het e-mailadres ${email}.`)
  process.exit(1)
}
await payload.update({
  collection: 'users',
  id: docs[0].id,
  data: { platformAdministrator: true, networks: [] },
  depth: 0,
})
console.log(`${docs[0].name} (${email}) is nu platformbeheerder: /platform.`)
await payload.destroy()
process.exit(0)
