import type { Metadata } from 'next'

import { currentUser } from '@/auth/currentUser'
import { SiteHeader } from '@/components/shell/SiteHeader'

export const metadata: Metadata = { title: 'Pagina niet gevonden' }

/**
 * 404 inside the app: with the header for staff, and a way back for everyone. Plain links: the layout
 * loads this boundary's client code on every page, so it pulls in no client router link.
 */
export default async function NotFound() {
  const user = await currentUser()
  return (
    <>
      {user && <SiteHeader user={user} current="" />}
      <main id="inhoud" className="container stack">
        <h1>Pagina niet gevonden</h1>
        <p>
          Deze pagina bestaat niet (meer). Misschien is het adres niet helemaal goed overgenomen, of staat de
          organisatie niet meer in de Wegwijzer.
        </p>
        <ul className="link-list">
          <li>
            <a href="/">Naar de startpagina</a>
          </li>
          <li>
            <a href="/wegwijzer">Zoeken in de Wegwijzer</a>
          </li>
        </ul>
      </main>
    </>
  )
}
