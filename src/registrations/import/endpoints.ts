import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { json } from '@/lib/json'
import { canReport } from '@/access/registrations'
import { ImportFileError } from '@/directory/spreadsheet/parse'
import { callerWithinCurrentNetwork } from '@/networks/current'

import { ImportBusyError, runRegistrationImport } from './importer'

/** Upload, read and answer; 401/403 by role, a Dutch 4xx for a file that cannot be imported. */
const handle = (write: boolean) => async (req: PayloadRequest) => {
  if (!req.user) return json({ error: 'Log in om registraties te importeren.' }, 401)
  if (!canReport(req.user))
    return json({ error: 'Alleen coördinatoren en beheerders kunnen registraties importeren.' }, 403)
  try {
    await addDataAndFileToRequest(req)
  } catch {
    return json({ error: 'Het bestand kon niet worden ontvangen.' }, 400)
  }
  const file = req.file
  if (!file?.data) return json({ error: 'Kies een CSV- of Excel-bestand (.csv of .xlsx).' }, 400)
  try {
    const outcome = await runRegistrationImport(
      req.payload,
      callerWithinCurrentNetwork(req),
      new Uint8Array(file.data),
      file.name ?? '',
      write,
    )
    return json(outcome)
  } catch (error) {
    if (error instanceof ImportBusyError) return json({ error: error.message }, 409)
    if (error instanceof ImportFileError) return json({ error: error.message }, 400)
    throw error
  }
}

/**
 * POST /api/registrations/import/preview (multipart: file) — checks every row, writes nothing.
 * POST /api/registrations/import (same body) — adds the new rows without errors; one request per
 * file, so it is not counted against the per-user limit on registering.
 */
export const importEndpoints: Endpoint[] = [
  { path: '/import/preview', method: 'post', handler: handle(false) },
  { path: '/import', method: 'post', handler: handle(true) },
]
