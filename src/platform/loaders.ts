import { getPayloadClient } from '@/payloadClient'
import { defaultPeriod, parseFilter } from '@/registrations/filters'

import { platformFigures } from './figures'

type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The platform page: every network's figures in the period asked for (this year by default). */
export const loadPlatformPage = async (searchParams: SearchParams) => {
  const payload = await getPayloadClient()
  const params = new URLSearchParams()
  for (const key of ['from', 'to']) {
    const value = first(searchParams[key])
    if (value) params.set(key, value)
  }
  const filter = parseFilter(params, null)
  const period = 'error' in filter ? defaultPeriod() : { from: filter.from, to: filter.to }
  return {
    error: 'error' in filter ? filter.error : null,
    figures: await platformFigures(payload, period),
  }
}
