import type { Metadata } from 'next'

import { requirePageRole } from '@/auth/currentUser'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { ReportChart } from '@/components/registrations/ReportChart'
import { OutcomeTable } from '@/components/registrations/OutcomeTable'
import { ReportTable, SmallCountNote } from '@/components/registrations/ReportTable'
import { PrintButton } from '@/components/shell/PrintButton'
import { formatDate } from '@/lib/dates'
import { barChartHeight, CHART_WIDTH, completedShareRows, TREND_HEIGHT } from '@/registrations/charts'
import { loadReportPage } from '@/registrations/loaders'
import { periodKinds, periodLabels } from '@/registrations/periods'
import type { GroupBy } from '@/registrations/report'

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
  { groupBy: 'referralStatus', title: 'Stand van de doorverwijzingen' },
]

export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageRole('rapportage')
  const { period, filter, networkName, brand, error, locations, municipalities, reports, ...figures } =
    await loadReportPage(user, await searchParams)

  const chartSrc = (groupBy: GroupBy) => `/api/registrations/report/chart?groupBy=${groupBy}&${figures.exportQuery}`

  return (
    <>
      <SiteHeader user={user} current="/rapportage" />
      <main id="inhoud" className="container stack-lg">
        <div>
          {/* The printed report's letterhead: the network's brand, as the site header is not printed. */}
          <p className="report-letterhead" data-testid="report-letterhead">
            {/* eslint-disable-next-line @next/next/no-img-element -- shown on paper only, where next/image's lazy loading would leave it out */}
            {brand.logo && <img src={brand.logo.url} alt={brand.logo.alt} />}
            <span>{brand.name}</span>
          </p>
          <h1>Rapportage hulpvragen</h1>
          <p className="lead" data-testid="report-scope">
            {networkName}
            {filter.municipality
              ? `, gemeente ${municipalities.find((m) => String(m.id) === String(filter.municipality))?.name ?? ''}`
              : ''}
            {filter.location ? `, ${locations.find((l) => String(l.id) === String(filter.location))?.name ?? ''}` : ''}
          </p>
        </div>

        <form method="get" action="/rapportage" className="report-filters no-print" aria-label="Filters">
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
              {locations.map((location) => (
                <option key={location.id} value={String(location.id)}>
                  {location.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="gemeente">Gemeente</label>
            <select id="gemeente" name="gemeente" defaultValue={filter.municipality ? String(filter.municipality) : ''}>
              <option value="">Alle gemeenten</option>
              {municipalities.map((municipality) => (
                <option key={municipality.id} value={String(municipality.id)}>
                  {municipality.name}
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
              <dd data-testid="total">{figures.total}</dd>
            </div>
            <div>
              <dt>Niet kunnen helpen</dt>
              <dd>{figures.unable}</dd>
            </div>
            <div>
              <dt>Formele doorverwijzingen</dt>
              <dd>{figures.formalReferrals}</dd>
            </div>
            <div>
              <dt>Informele doorverwijzingen</dt>
              <dd>{figures.informalReferrals}</dd>
            </div>
          </dl>
          {figures.latest && (
            <p className="alert alert-info no-print" role="note" data-testid="latest-registration">
              In deze periode zijn geen registraties. De laatste van {networkName} is van{' '}
              {formatDate(`${figures.latest.day}T12:00:00Z`)}:{' '}
              <a href={figures.latest.href}>bekijk het jaar tot en met die dag</a>.
            </p>
          )}
          <p className="muted">
            Formeel en informeel tellen naar de soort hulp van de organisatie; een organisatie die beide biedt telt in
            allebei mee. <SmallCountNote />
          </p>
          <p className="export-links no-print">
            <a className="button" href={`/api/registrations/export?format=csv&${figures.exportQuery}`} download>
              Download CSV
            </a>{' '}
            <a className="button" href={`/api/registrations/export?format=xlsx&${figures.exportQuery}`} download>
              Download Excel (XLSX)
            </a>{' '}
            <PrintButton label="Rapport afdrukken (A4)" />
          </p>
          <p className="no-print">
            <a href="/rapportage/importeren">Registraties importeren uit een ander systeem</a>
          </p>
        </section>

        <section aria-labelledby="trend" className="stack report-section">
          <h2 id="trend">Verloop per maand</h2>
          <ReportChart
            src={chartSrc('month')}
            width={CHART_WIDTH}
            height={TREND_HEIGHT}
            label="Lijngrafiek van het aantal registraties per maand"
          />
          <ReportTable report={reports.month} caption="Maand" id="trend" />
        </section>

        {sections.map(({ groupBy, title }) => (
          <section key={groupBy} aria-labelledby={`rapport-${groupBy}`} className="stack report-section">
            <h2 id={`rapport-${groupBy}`}>{title}</h2>
            {reports[groupBy].rows.length > 0 && (
              <ReportChart
                src={chartSrc(groupBy)}
                width={CHART_WIDTH}
                height={barChartHeight(reports[groupBy].rows)}
                label={`Staafdiagram: ${title.toLowerCase()}`}
              />
            )}
            <ReportTable report={reports[groupBy]} caption={title} id={`rapport-${groupBy}`} />
          </section>
        ))}

        {/* Five columns: the table gets the full width, and scrolls on its own on a narrow screen. */}
        <section aria-labelledby="uitkomst" className="stack">
          <h2 id="uitkomst">Uitkomst doorverwijzingen per organisatie</h2>
          {reports.referralStatus.organisations && reports.referralStatus.organisations.length > 0 && (
            <ReportChart
              src={`${chartSrc('referralStatus')}&per=organisation`}
              width={CHART_WIDTH}
              height={barChartHeight(completedShareRows(reports.referralStatus.organisations))}
              label="Staafdiagram: percentage afgeronde doorverwijzingen per organisatie"
            />
          )}
          <div className="table-scroll" role="region" aria-label="Tabel: uitkomst per organisatie" tabIndex={0}>
            <OutcomeTable outcomes={reports.referralStatus.organisations ?? []} />
          </div>
        </section>
      </main>
    </>
  )
}
