/**
 * npm run backup [-- --out <dir>]         a snapshot of the database and uploads, while the app runs
 * npm run restore -- <archive> [--force]  puts one back (stop the app first)
 */
import { loadEnv } from 'payload/node'

import { databaseKind } from '@/db/adapter'

import { createBackup, MONGODB_HELP, restoreBackup } from './backup'

loadEnv()
const [command, ...args] = process.argv.slice(2)
const option = (name: string) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}

const main = async () => {
  if (databaseKind() === 'mongodb') {
    console.error(MONGODB_HELP)
    return 2
  }
  if (command === 'backup') {
    const { archive, manifest, bytes } = await createBackup(option('--out'))
    const rows = Object.entries(manifest.counts)
      .filter(([table]) => ['registrations', 'organisations', 'services', 'users', 'roster_shifts'].includes(table))
      .map(([table, n]) => `${table} ${n}`)
      .join(', ')
    console.log(
      `Back-up geschreven: ${archive} (${(bytes / 1024).toFixed(0)} kB; ${rows}; ${manifest.uploads} bestanden)`,
    )
    return 0
  }
  if (command === 'restore') {
    const archive = args.find((arg) => !arg.startsWith('--'))
    if (!archive) {
      console.error('Gebruik: npm run restore -- <archief.tar.gz> [--force]')
      return 1
    }
    const { manifest, target, uploads, replaced } = await restoreBackup(archive, { force: args.includes('--force') })
    console.log(
      `Teruggezet: de back-up van ${manifest.createdAt} naar ${target} en ${uploads} (${manifest.uploads} bestanden).` +
        (replaced.length ? ` Vervangen: ${replaced.join(', ')}.` : '') +
        ' Start de app opnieuw.',
    )
    return 0
  }
  console.error('Gebruik: npm run backup  of  npm run restore -- <archief.tar.gz> [--force]')
  return 1
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  },
)
