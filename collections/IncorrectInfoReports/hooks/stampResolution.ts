import type { CollectionBeforeChangeHook } from 'payload'

import type { IncorrectInfoReport } from '@/payload-types'

/** Records who resolved a report, and when, the moment its status becomes "resolved". */
export const stampResolution: CollectionBeforeChangeHook<IncorrectInfoReport> = ({ data, originalDoc, req }) => {
  if (data.status === 'resolved' && originalDoc?.status !== 'resolved') {
    data.resolvedAt = new Date().toISOString()
    data.resolvedBy = req.user?.id
  }
  return data
}
