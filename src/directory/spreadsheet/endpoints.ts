import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { canEditContent } from '@/access/isContentEditor'
import { isStaffMember } from '@/access/isStaff'
import { callerWithinCurrentNetwork } from '@/networks/current'

import { exportOrganisations } from './export'
import { commitImport, previewImport } from './importer'
import { ImportFileError } from './parse'

const refuse = (req: PayloadRequest): Response | null => {
  if (!isStaffMember(req.user))
    return Response.json({ error: 'Log in om organisaties te importeren of exporteren.' }, { status: 401 })
  if (!canEditContent(req.user))
    return Response.json(
      { error: 'Alleen communicatiemedewerkers en beheerders beheren de organisaties.' },
      { status: 403 },
    )
  return null
}

const withUpload = async (
  req: PayloadRequest,
  work: (bytes: Uint8Array, filename: string, mapping: unknown) => Promise<unknown>,
) => {
  const denied = refuse(req)
  if (denied) return denied
  try {
    await addDataAndFileToRequest(req)
  } catch {
    return Response.json({ error: 'Het bestand kon niet worden ontvangen.' }, { status: 400 })
  }
  const file = req.file
  if (!file?.data) return Response.json({ error: 'Kies een CSV- of Excel-bestand (.csv of .xlsx).' }, { status: 400 })
  try {
    const result = (await work(new Uint8Array(file.data), file.name ?? '', req.data?.mapping)) as { error?: string }
    return Response.json(result, { status: result.error ? 400 : 200 })
  } catch (error) {
    if (error instanceof ImportFileError) return Response.json({ error: error.message }, { status: 400 })
    throw error
  }
}

/**
 * POST /api/organisations-import/preview (multipart: file, optional mapping) — checks, writes nothing.
 * POST /api/organisations-import (same body) — imports the rows without errors.
 * GET /api/organisations-export?format=csv|xlsx
 */
export const organisationImportEndpoints: Endpoint[] = [
  {
    path: '/organisations-import/preview',
    method: 'post',
    handler: (req) =>
      withUpload(req, (bytes, name, mapping) =>
        previewImport(req.payload, callerWithinCurrentNetwork(req), bytes, name, mapping),
      ),
  },
  {
    path: '/organisations-import',
    method: 'post',
    handler: (req) =>
      withUpload(req, (bytes, name, mapping) =>
        commitImport(req.payload, callerWithinCurrentNetwork(req), bytes, name, mapping),
      ),
  },
  {
    path: '/organisations-export',
    method: 'get',
    handler: async (req) => {
      const denied = refuse(req)
      if (denied) return denied
      const format = req.searchParams.get('format') ?? 'csv'
      if (format !== 'csv' && format !== 'xlsx')
        return Response.json({ error: 'Kies als formaat csv of xlsx.' }, { status: 400 })
      const file = await exportOrganisations(req.payload, callerWithinCurrentNetwork(req), format)
      return new Response(file.body as BodyInit, {
        headers: {
          'Content-Type': file.contentType,
          'Content-Disposition': `attachment; filename="${file.filename}"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
]
