import { facetNames, type Filters } from './search'

export type PageSearchParams = Record<string, string | string[] | undefined>

const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : [])

/** The Wegwijzer's state lives in the URL: query, filters and page. */
export const parseDirectoryParams = (params: PageSearchParams) => {
  const filters: Filters = {}
  for (const facet of facetNames) {
    const values = list(params[facet])
      .flatMap((value) => value.split(','))
      .filter(Boolean)
    if (values.length) filters[facet] = values
  }
  const page = Number(list(params.pagina)[0])
  return { q: list(params.q)[0]?.slice(0, 200) ?? '', filters, page: Number.isInteger(page) && page > 0 ? page : 1 }
}

/** The URL of the Wegwijzer with one filter value switched on or off (and back to page 1). */
export const toggleFilterHref = (q: string, filters: Filters, facet: keyof Filters, value: string) => {
  const next = new URLSearchParams()
  if (q) next.set('q', q)
  for (const name of facetNames) {
    const current = filters[name] ?? []
    const values =
      name === facet ? (current.includes(value) ? current.filter((v) => v !== value) : [...current, value]) : current
    for (const item of values) next.append(name, item)
  }
  const query = next.toString()
  return query ? `/wegwijzer?${query}` : '/wegwijzer'
}
