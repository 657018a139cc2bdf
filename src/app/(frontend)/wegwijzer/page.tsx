import type { Metadata } from 'next'
import Link from 'next/link'

import { requireStaff } from '@/auth/currentUser'
import { BackupContact } from '@/components/directory/BackupContact'
import { DirectoryResultCard } from '@/components/directory/DirectoryResultCard'
import { FilterPanel } from '@/components/directory/FilterPanel'
import { DirectorySearchBox } from '@/components/directory/DirectorySearchBox'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { loadBackupContactsFor, loadDirectoryPage } from '@/directory/loaders'
import { facetNames, type FacetName } from '@/directory/search'
import {
  directoryHref,
  parseDirectoryParams,
  stateParams,
  toggleFilterHref,
  type PageSearchParams,
} from '@/directory/searchParams'
import { isUncertainResult } from '@/directory/uncertain'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Wegwijzer' }

const PAGE_SIZE = 20

const facetTitles: Record<FacetName, string> = {
  theme: 'Thema',
  targetGroup: 'Doelgroep',
  domain: 'Domein',
  kind: 'Soort hulp',
  area: 'Werkgebied',
  language: 'Taal',
}

type Props = { searchParams: Promise<PageSearchParams> }

export default async function DirectoryPage({ searchParams }: Props) {
  const params = await searchParams
  const user = await requireStaff(`/wegwijzer`)
  const state = parseDirectoryParams(params)
  const { q, filters, openNow, sort, page } = state
  const [{ result, origin }, backup] = await Promise.all([
    loadDirectoryPage(user, { q, filters, openNow, page, limit: PAGE_SIZE }, sort === 'distance'),
    loadBackupContactsFor(user),
  ])
  const canSortByDistance = Boolean(origin?.point)
  const byDistance = sort === 'distance' && canSortByDistance
  const uncertain = isUncertainResult({ q, total: result.total })
  const activeFilters = facetNames.flatMap((facet) =>
    (filters[facet] ?? []).map((value) => [facet, value] as [FacetName, string]),
  )
  const filterLabel = (facet: FacetName, value: string) =>
    result.facets[facet].find((option) => option.value === value)?.label ?? value
  const pages = Math.ceil(result.total / PAGE_SIZE)
  const pageHref = (target: number) => directoryHref(state, target)
  const filterCount = activeFilters.length + (openNow ? 1 : 0)

  return (
    <>
      <SiteHeader user={user} current="/wegwijzer" />
      <main id="inhoud" className="container stack">
        <h1>Wegwijzer</h1>
        <DirectorySearchBox initialQuery={q} filters={stateParams({ ...state, q: '' })} />
        <div className="directory-layout">
          <FilterPanel
            summary={
              <>
                Filters{filterCount > 0 && ` (${filterCount})`}
                {filterCount > 0 && <span className="visually-hidden"> aan</span>}
              </>
            }
          >
            <h2 id="filters-titel">Verfijnen</h2>
            <section aria-labelledby="facet-open">
              <h3 id="facet-open">Openingstijden</h3>
              <ul>
                <li>
                  <Link
                    href={directoryHref({ ...state, openNow: !openNow })}
                    aria-current={openNow ? 'true' : undefined}
                    className={openNow ? 'facet active' : 'facet'}
                    scroll={false}
                  >
                    <span>Nu open</span>
                    {openNow && <span className="visually-hidden"> (filter aan, klik om uit te zetten)</span>}
                  </Link>
                </li>
              </ul>
            </section>
            {facetNames.map((facet) =>
              result.facets[facet].length === 0 ? null : (
                <section key={facet} aria-labelledby={`facet-${facet}`}>
                  <h3 id={`facet-${facet}`}>{facetTitles[facet]}</h3>
                  <ul>
                    {result.facets[facet].map((option) => {
                      const active = filters[facet]?.includes(option.value) ?? false
                      return (
                        <li key={option.value}>
                          <Link
                            href={toggleFilterHref(state, facet, option.value)}
                            aria-current={active ? 'true' : undefined}
                            className={active ? 'facet active' : 'facet'}
                            scroll={false}
                          >
                            <span>{option.label}</span> <span className="count">({option.count})</span>
                            {active && <span className="visually-hidden"> (filter aan, klik om uit te zetten)</span>}
                          </Link>
                        </li>
                      )
                    })}
                  </ul>
                </section>
              ),
            )}
          </FilterPanel>
          <section aria-labelledby="resultaten-titel" className="stack">
            <h2 id="resultaten-titel" aria-live="polite">
              {result.total === 1 ? '1 resultaat' : `${result.total} resultaten`}
              {q && <> voor “{q}”</>}
            </h2>
            <nav aria-label="Sorteren" className="sort-order">
              <span>Sorteren op:</span>{' '}
              <Link
                href={directoryHref({ ...state, sort: 'relevance' })}
                aria-current={byDistance ? undefined : 'true'}
                scroll={false}
              >
                beste match
              </Link>{' '}
              {canSortByDistance ? (
                <Link
                  href={directoryHref({ ...state, sort: 'distance' })}
                  aria-current={byDistance ? 'true' : undefined}
                  scroll={false}
                >
                  afstand tot {origin!.name}
                </Link>
              ) : (
                <span className="muted">
                  afstand (kan pas als {origin ? `${origin.name} coördinaten heeft` : 'je een eigen Infopunt hebt'})
                </span>
              )}
            </nav>
            {filterCount > 0 && (
              <div className="active-filters">
                <h3 className="visually-hidden">Filters die aan staan</h3>
                <ul role="list">
                  {openNow && (
                    <li>
                      <Link href={directoryHref({ ...state, openNow: false })} className="filter-chip" scroll={false}>
                        Nu open
                        <span className="visually-hidden">: filter uitzetten</span> <span aria-hidden="true">×</span>
                      </Link>
                    </li>
                  )}
                  {activeFilters.map(([facet, value]) => (
                    <li key={`${facet}=${value}`}>
                      <Link href={toggleFilterHref(state, facet, value)} className="filter-chip" scroll={false}>
                        {filterLabel(facet, value)}
                        <span className="visually-hidden">: filter uitzetten</span> <span aria-hidden="true">×</span>
                      </Link>
                    </li>
                  ))}
                </ul>
                <Link href={directoryHref({ q, sort, filters: {}, openNow: false })}>Alle filters wissen</Link>
              </div>
            )}
            {result.total === 0 && <p>Niets gevonden. Probeer een ander woord, of minder filters.</p>}
            <ol className="results" role="list">
              {result.results.map((item) => (
                <li key={`${item.type}-${item.id}`}>
                  <DirectoryResultCard result={item} />
                </li>
              ))}
            </ol>
            {uncertain &&
              (backup.length > 0 ? (
                <BackupContact
                  contacts={backup}
                  headingLevel={3}
                  lead={
                    result.total === 0
                      ? 'Geen passende organisatie? Overleg met de achterwacht:'
                      : 'Weinig gevonden. Twijfel je of dit past? Overleg met de achterwacht:'
                  }
                />
              ) : (
                <p>Bij twijfel: overleg met de achterwacht.</p>
              ))}
            {pages > 1 && (
              <nav aria-label="Paginering" className="pagination">
                {page > 1 && <Link href={pageHref(page - 1)}>Vorige</Link>}
                <span>
                  Pagina {page} van {pages}
                </span>
                {page < pages && <Link href={pageHref(page + 1)}>Volgende</Link>}
              </nav>
            )}
          </section>
        </div>
      </main>
    </>
  )
}
