import path from 'node:path'

/** Everything the app writes lives under data/ (or INFOPUNT_DATA_DIR): the SQLite file and uploads. */
export const dataDir = (): string => path.resolve(process.env.INFOPUNT_DATA_DIR || path.join(process.cwd(), 'data'))

export const uploadDir = (collection: string): string => path.join(dataDir(), 'uploads', collection)
