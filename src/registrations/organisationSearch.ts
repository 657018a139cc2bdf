/** One organisation offered by the referral type-ahead. */
export interface OrganisationOption {
  id: number | string
  name: string
  kindOfHelp?: string
}

interface DirectoryHit {
  type: 'organisation' | 'service'
  id: number | string
  name: string
  kindOfHelp?: string
  organisation?: { id: number | string; name: string }
}

/**
 * The type-ahead over the Wegwijzer search (GET /api/directory/search): organisations, and the
 * organisation behind each matching service, in the search's order, without duplicates.
 */
export const searchViaDirectory = async (q: string, signal?: AbortSignal): Promise<OrganisationOption[]> => {
  const response = await fetch(`/api/directory/search?q=${encodeURIComponent(q)}&limit=12`, {
    credentials: 'same-origin',
    signal,
  })
  if (!response.ok) throw new Error(`directory search answered ${response.status}`)
  const { results } = (await response.json()) as { results: DirectoryHit[] }
  const seen = new Map<string, OrganisationOption>()
  for (const hit of results) {
    const option =
      hit.type === 'organisation'
        ? { id: hit.id, name: hit.name, kindOfHelp: hit.kindOfHelp }
        : hit.organisation && { id: hit.organisation.id, name: hit.organisation.name }
    if (option && !seen.has(String(option.id))) seen.set(String(option.id), option)
  }
  return [...seen.values()].slice(0, 8)
}

/** The same over Payload's REST API (a plain name match), for when the Wegwijzer search is not there. */
export const searchViaPayload = async (q: string, signal?: AbortSignal): Promise<OrganisationOption[]> => {
  const params = new URLSearchParams({
    'where[name][like]': q,
    'where[status][equals]': 'active',
    limit: '8',
    depth: '0',
    sort: 'name',
    'select[name]': 'true',
    'select[kindOfHelp]': 'true',
  })
  const response = await fetch(`/api/organisations?${params}`, { credentials: 'same-origin', signal })
  if (!response.ok) throw new Error(`organisations answered ${response.status}`)
  return ((await response.json()) as { docs: OrganisationOption[] }).docs
}

/** The one function the form calls: the Wegwijzer search, falling back to a name match if it fails. */
export const searchOrganisations = async (q: string, signal?: AbortSignal): Promise<OrganisationOption[]> => {
  try {
    return await searchViaDirectory(q, signal)
  } catch (error) {
    if (signal?.aborted) throw error
    return searchViaPayload(q, signal)
  }
}
