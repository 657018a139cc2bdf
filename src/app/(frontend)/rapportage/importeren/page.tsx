import type { Metadata } from 'next'
import Link from 'next/link'

import { requirePageRole } from '@/auth/currentUser'
import { RegistrationImport } from '@/components/registrations/RegistrationImport'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { exportColumns } from '@/registrations/export'
import { requiredColumns } from '@/registrations/import/rows'

import '../../registrations.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Registraties importeren' }

export default async function RegistrationImportPage() {
  const user = await requirePageRole('rapportage')
  const required = exportColumns.filter((column) => requiredColumns.includes(column.key)).map((column) => column.header)

  return (
    <>
      <SiteHeader user={user} current="/rapportage" />
      <main id="inhoud" className="container stack-lg">
        <p>
          <Link href="/rapportage" prefetch={false}>
            ← Terug naar de rapportage
          </Link>
        </p>
        <h1>Registraties importeren</h1>
        <div id="import-uitleg" className="stack">
          <p>
            Stap je over van een ander registratiesysteem? Neem de registraties van vroeger mee, zodat de rapportage ook
            over die jaren klopt. Kies een CSV-bestand (zoals Excel het opslaat) of een Excel-bestand (.xlsx) met de
            kolomnamen op de eerste regel. De kolommen van onze eigen export passen zoals ze zijn; nodig zijn{' '}
            {required.join(', ')}.
          </p>
          <p>
            Je ziet eerst een voorbeeld met de fouten per regel; er wordt pas iets opgeslagen als je op Importeren
            klikt. Regels met fouten worden overgeslagen. Een bestand dat je al eens hebt geïmporteerd, voegt niets
            dubbel toe. Samenvattingen met persoonsgegevens worden geweigerd, net als bij het registreren.
          </p>
        </div>
        <RegistrationImport />
      </main>
    </>
  )
}
