import { facetNames, type Filters } from './search'

export type PageSearchParams = Record<string, string | string[] | undefined>

const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : [])

export type DirectorySort = 'relevance' | 'distance'

/** What the Wegwijzer shows, as its URL holds it: query, filters, "nu open", sort order and page. */
export interface DirectoryState {
  q: string
  filters: Filters
  openNow: boolean
  sort: DirectorySort
  page: number
}

/** The Wegwijzer's state lives in the URL (`open=nu`, `sortering=afstand`). */
export const parseDirectoryParams = (params: PageSearchParams): DirectoryState => {
  const filters: Filters = {}
  for (const facet of facetNames) {
    const values = list(params[facet])
      .flatMap((value) => value.split(','))
      .filter(Boolean)
    if (values.length) filters[facet] = values
  }
  const page = Number(list(params.pagina)[0])
  return {
    q: list(params.q)[0]?.slice(0, 200) ?? '',
    filters,
    openNow: list(params.open)[0] === 'nu',
    sort: list(params.sortering)[0] === 'afstand' ? 'distance' : 'relevance',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** The URL parameters of a state, without the page; in the order the form sends them. */
export const stateParams = (state: Omit<DirectoryState, 'page'>): [string, string][] => {
  const pairs: [string, string][] = []
  if (state.q) pairs.push(['q', state.q])
  for (const name of facetNames) for (const value of state.filters[name] ?? []) pairs.push([name, value])
  if (state.openNow) pairs.push(['open', 'nu'])
  if (state.sort === 'distance') pairs.push(['sortering', 'afstand'])
  return pairs
}

/** The URL of the Wegwijzer in another state, back on page 1 unless a page is given. */
export const directoryHref = (state: Omit<DirectoryState, 'page'>, page = 1) => {
  const next = new URLSearchParams(stateParams(state))
  if (page > 1) next.set('pagina', String(page))
  const query = next.toString()
  return query ? `/wegwijzer?${query}` : '/wegwijzer'
}

/** The URL of the Wegwijzer with one filter value switched on or off (and back to page 1). */
export const toggleFilterHref = (state: Omit<DirectoryState, 'page'>, facet: keyof Filters, value: string) => {
  const current = state.filters[facet] ?? []
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return directoryHref({ ...state, filters: { ...state.filters, [facet]: values } })
}
