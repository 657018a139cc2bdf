import { mkdirSync } from 'node:fs'
import path from 'node:path'

/** Everything the app writes lives under data/ (or INFOPUNT_DATA_DIR): the SQLite file and uploads. */
export const dataDir = (): string => path.resolve(process.env.INFOPUNT_DATA_DIR || path.join(process.cwd(), 'data'))

/**
 * Creates `dir` and its parents when missing and returns it. data/ is not in git, so a fresh clone
 * (or a new INFOPUNT_DATA_DIR) has none of it, and SQLite cannot create a file in a missing folder.
 */
export const ensureDir = (dir: string): string => {
  mkdirSync(dir, { recursive: true })
  return dir
}

export const uploadDir = (collection: string): string => ensureDir(path.join(dataDir(), 'uploads', collection))
