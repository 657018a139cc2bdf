import type { Metadata } from 'next'

import { requirePageRole } from '@/auth/currentUser'
import { SiteHeader } from '@/components/SiteHeader'
import { formatDate } from '@/lib/dates'
import { getPayloadClient } from '@/lib/payload'
import { barChartSvg, trendChartSvg } from '@/registrations/charts'
import { parseFilter, type RegistrationFilter } from '@/registrations/filters'
import { periodKinds, periodLabels, periodRange, type PeriodKind } from '@/registrations/periods'
import { buildAllReports, type GroupBy, type Report } from '@/registrations/report'

import '../registrations.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Rapportage' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const sections: { groupBy: GroupBy; title: string }[] = [
  { groupBy: 'location', title: 'Per Infopunt' },
  { groupBy: 'municipality', title: 'Per gemeente' },
  { groupBy: 'theme', title: 'Per thema' },
  { groupBy: 'domain', title: 'Per domein' },
  { groupBy: 'ageBand', title: 'Per doelgroep' },
  { groupBy: 'answerType', title: 'Hoe beantwoord' },
  { groupBy: 'organisation', title: 'Doorverwezen naar' },
  { groupBy: 'referralKind', title: 'Formele en informele doorverwijzing' },
]

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

function ReportTable({ report, caption, id }: { report: Report; caption: string; id: string }) {
  return (
    <table className="report-table" aria-labelledby={id}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col" className="number">
            Aantal
          </th>
        </tr>
      </thead>
      <tbody>
        {report.rows.length === 0 ? (
          <tr>
            <td colSpan={2}>Geen registraties in deze periode.</td>
          </tr>
        ) : (
          report.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="number">{row.count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}

function Chart({ svg, label }: { svg: string; label: string }) {
  // The chart is a picture of the table beside it: assistive technology reads the table.
  return (
    <figure className="chart">
      <div aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="visually-hidden">{label}</figcaption>
    </figure>
  )
}

export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageRole('rapportage')
  const payload = await getPayloadClient()
  const params = await searchParams

  const period = (periodKinds as readonly string[]).includes(first(params.periode))
    ? (first(params.periode) as PeriodKind)
    : 'year'
  const range = period === 'custom' ? { from: first(params.van), to: first(params.tot) } : periodRange(period)
  const query = new URLSearchParams({ from: range.from, to: range.to })
  if (first(params.infopunt)) query.set('location', first(params.infopunt))
  if (first(params.gemeente)) query.set('municipality', first(params.gemeente))
  const parsed = parseFilter(query)
  const error = 'error' in parsed ? parsed.error : undefined
  const filter: RegistrationFilter = 'error' in parsed ? { ...periodRange('year') } : parsed

  const locations = await payload.find({
    collection: 'locations',
    user,
    overrideAccess: false,
    depth: 0,
    limit: 100,
    sort: 'name',
    select: { name: true, municipality: true },
  })
  if (filter.location && !locations.docs.some((location) => String(location.id) === String(filter.location)))
    filter.location = undefined
  const municipalities = [...new Set(locations.docs.map((location) => location.municipality))].sort()
  const reports = await buildAllReports(payload, filter)
  const total = reports.location.total
  const unable = reports.answerType.rows.find((row) => row.key === 'unable')?.count ?? 0
  const referralKind = Object.fromEntries(reports.referralKind.rows.map((row) => [row.key, row.count]))

  const exportQuery = new URLSearchParams({ from: filter.from, to: filter.to })
  if (filter.location) exportQuery.set('location', String(filter.location))
  if (filter.municipality) exportQuery.set('municipality', filter.municipality)

  return (
    <>
      <SiteHeader user={user} current="/rapportage" />
      <main id="inhoud" className="container stack-lg">
        <h1>Rapportage hulpvragen</h1>

        <form method="get" action="/rapportage" className="report-filters" aria-label="Filters">
          <div className="field">
            <label htmlFor="periode">Periode</label>
            <select id="periode" name="periode" defaultValue={period}>
              {periodKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {periodLabels[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="van">Van (bij zelf kiezen)</label>
            <input id="van" name="van" type="date" defaultValue={filter.from} />
          </div>
          <div className="field">
            <label htmlFor="tot">Tot en met (bij zelf kiezen)</label>
            <input id="tot" name="tot" type="date" defaultValue={filter.to} />
          </div>
          <div className="field">
            <label htmlFor="infopunt">Infopunt</label>
            <select id="infopunt" name="infopunt" defaultValue={filter.location ? String(filter.location) : ''}>
              <option value="">Alle Infopunten</option>
              {locations.docs.map((location) => (
                <option key={location.id} value={String(location.id)}>
                  {location.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="gemeente">Gemeente</label>
            <select id="gemeente" name="gemeente" defaultValue={filter.municipality ?? ''}>
              <option value="">Alle gemeenten</option>
              {municipalities.map((municipality) => (
                <option key={municipality} value={municipality}>
                  {municipality}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Toon rapportage
          </button>
        </form>

        {error && (
          <p className="alert alert-error" role="alert">
            {error} Hieronder staat dit jaar.
          </p>
        )}

        <section aria-labelledby="samenvatting" className="stack">
          <h2 id="samenvatting">
            {formatDate(`${filter.from}T12:00:00Z`)} tot en met {formatDate(`${filter.to}T12:00:00Z`)}
          </h2>
          <dl className="key-figures">
            <div>
              <dt>Registraties</dt>
              <dd data-testid="total">{total}</dd>
            </div>
            <div>
              <dt>Niet kunnen helpen</dt>
              <dd>{unable}</dd>
            </div>
            <div>
              <dt>Formele doorverwijzingen</dt>
              <dd>{(referralKind.formal ?? 0) + (referralKind.both ?? 0)}</dd>
            </div>
            <div>
              <dt>Informele doorverwijzingen</dt>
              <dd>{(referralKind.informal ?? 0) + (referralKind.both ?? 0)}</dd>
            </div>
          </dl>
          <p className="muted">
            Formeel en informeel tellen naar de soort hulp van de organisatie; een organisatie die beide biedt telt in
            allebei mee.
          </p>
          <p className="export-links">
            <a className="button" href={`/api/registrations/export?format=csv&${exportQuery}`} download>
              Download CSV
            </a>{' '}
            <a className="button" href={`/api/registrations/export?format=xlsx&${exportQuery}`} download>
              Download Excel (XLSX)
            </a>
          </p>
        </section>

        <section aria-labelledby="trend" className="stack report-section">
          <h2 id="trend">Verloop per maand</h2>
          <Chart svg={trendChartSvg(reports.month.rows)} label="Lijngrafiek van het aantal registraties per maand" />
          <ReportTable report={reports.month} caption="Maand" id="trend" />
        </section>

        {sections.map(({ groupBy, title }) => (
          <section key={groupBy} aria-labelledby={`rapport-${groupBy}`} className="stack report-section">
            <h2 id={`rapport-${groupBy}`}>{title}</h2>
            {reports[groupBy].rows.length > 0 && (
              <Chart svg={barChartSvg(reports[groupBy].rows)} label={`Staafdiagram: ${title.toLowerCase()}`} />
            )}
            <ReportTable report={reports[groupBy]} caption={title} id={`rapport-${groupBy}`} />
          </section>
        ))}
      </main>
    </>
  )
}
