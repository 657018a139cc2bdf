import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

const notFound = () =>
  Response.json(
    { errors: [{ message: 'Dit bestand bestaat niet.' }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )

/**
 * fileNotFound runs before Payload serves a stored file (after its access check): a name that is not a plain
 * file name in the collection's folder ("%2e%2e%2fpt.db", "../x"), or a file that is not on disk,
 * is a 404 with a Dutch reason. Payload itself answers a missing file with a 500.
 */
const respondIfMissing = async (
  req: PayloadRequest,
  { params }: Parameters<FileHandler>[1],
): Promise<Response | undefined> => {
  const staticDir = req.payload.collections[params.collection as 'media']?.config.upload?.staticDir
  const { filename } = params
  if (!staticDir || !filename || /[/\\%\u0000-\u001f]/.test(filename) || filename.startsWith('.')) return notFound()
  const file = path.resolve(staticDir, filename)
  if (path.dirname(file) !== path.resolve(staticDir)) return notFound()
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  return found ? undefined : notFound()
}

// Payload's type allows a Response or nothing, but not a promise of either.
export const fileNotFound = respondIfMissing as FileHandler
