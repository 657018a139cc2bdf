import type { Metadata } from 'next'

import { requirePlatformAdministrator } from '@/auth/currentUser'
import { InviteAdministratorForm, NewNetworkForm } from '@/components/platform/PlatformForms'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { formatDate } from '@/lib/dates'
import { loadPlatformPage } from '@/platform/loaders'

import '../registrations.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Platform' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function PlatformPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePlatformAdministrator()
  const { figures, error } = await loadPlatformPage(await searchParams)
  return (
    <>
      <SiteHeader user={user} current="/platform" />
      <main id="inhoud" className="container stack-lg">
        <div>
          <h1>Platform: alle netwerken</h1>
          <p className="lead">
            De netwerken van deze installatie en hun cijfers, alleen bij elkaar opgeteld: je ziet geen Infopunt,
            medewerker of registratie van een netwerk zelf.
          </p>
        </div>

        <form method="get" action="/platform" className="report-filters" aria-label="Periode">
          {error && (
            <p className="alert alert-error" role="alert" id="periode-fout">
              {error}
            </p>
          )}
          <div className="field">
            <label htmlFor="from">Van</label>
            <input id="from" name="from" type="date" defaultValue={figures.from} />
          </div>
          <div className="field">
            <label htmlFor="to">Tot en met</label>
            <input id="to" name="to" type="date" defaultValue={figures.to} />
          </div>
          <button type="submit" className="button">
            Toon
          </button>
        </form>

        <section aria-labelledby="netwerken" className="stack">
          <h2 id="netwerken">
            Netwerken, {formatDate(figures.from)} tot en met {formatDate(figures.to)}
          </h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Tabel: cijfers per netwerk">
            <table className="report-table figures" data-testid="platform-figures">
              <caption className="visually-hidden">Cijfers per netwerk</caption>
              <thead>
                <tr>
                  <th scope="col">Netwerk</th>
                  <th scope="col">Infopunten</th>
                  <th scope="col">Actieve accounts</th>
                  <th scope="col">Registraties</th>
                </tr>
              </thead>
              <tbody>
                {figures.networks.map((row) => (
                  <tr key={row.network}>
                    <th scope="row">{row.name}</th>
                    <td>{row.infopunten}</td>
                    <td>{row.accounts}</td>
                    <td>{row.registrations}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Alle netwerken</th>
                  <td>{figures.networks.reduce((sum, row) => sum + row.infopunten, 0)}</td>
                  <td>{figures.accounts}</td>
                  <td>{figures.total ?? '–'}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="muted">
            Aantallen registraties van 1 tot 4 staan als &lt;5: die kunnen naar personen te herleiden zijn. Komen de
            verborgen aantallen samen onder de 5, dan blijft ook het totaal weg (–), want daaruit volgt hun som. Wie in
            twee netwerken werkt, telt bij allebei mee en in het totaal één keer.
          </p>
        </section>

        <section aria-labelledby="nieuw-netwerk" className="stack">
          <h2 id="nieuw-netwerk">Nieuw netwerk</h2>
          <p>
            Een nieuw netwerk begint met een lege startpagina en zonder medewerkers. Nodig daarna zijn eerste beheerder
            uit.
          </p>
          <NewNetworkForm />
        </section>

        <section aria-labelledby="beheerder-uitnodigen" className="stack">
          <h2 id="beheerder-uitnodigen">Beheerder van een netwerk uitnodigen</h2>
          <p>
            De beheerder krijgt een e-mail met een link om zelf een wachtwoord te kiezen, en nodigt daarna de collega’s
            van het netwerk uit.
          </p>
          <InviteAdministratorForm networks={figures.networks.map((row) => ({ id: row.network, name: row.name }))} />
        </section>
      </main>
    </>
  )
}
