import type { Endpoint } from 'payload'

import { canGuideStaff } from '@/access/trainings'
import { localParts } from '@/lib/localTime'
import { callerWithinCurrentNetwork } from '@/networks/current'
import type { User } from '@/payload-types'
import { plainText } from '@/lib/plainText'

import { trainingOverviewCsv } from './export'
import { loadTrainingOverview } from './overview'

/** GET /api/trainings/overzicht.csv — the training overview for coordinators and administrators. */
export const trainingOverviewExportEndpoint: Endpoint = {
  path: '/overzicht.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return plainText('Log eerst in.', 401)
    if (!canGuideStaff(req.user as User))
      return plainText('Het trainingsoverzicht is voor coördinatoren en beheerders.', 403)
    const csv = trainingOverviewCsv(await loadTrainingOverview(req.payload, callerWithinCurrentNetwork(req)))
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="trainingen-${localParts(new Date()).date}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
