import type { Metadata } from 'next'

import { VerificationForm } from '@/components/directory/VerificationForm'
import { loadVerificationPage } from '@/directory/verification/loaders'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Kloppen uw gegevens nog?', referrer: 'no-referrer' }

type Props = { params: Promise<{ token: string }> }

/** Behind the link in a "Kloppen uw gegevens nog?" e-mail: no login, one organisation's own entry. */
export default async function VerificationPage({ params }: Props) {
  const { token } = await params
  const { brand, organisation, error } = await loadVerificationPage(token)
  return (
    <main id="inhoud" className="verification">
      <p className="brand-name" aria-hidden="true">
        {brand.name}
      </p>
      <h1>Kloppen uw gegevens nog?</h1>
      {organisation ? (
        <VerificationForm token={token} entry={organisation} />
      ) : (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </main>
  )
}
