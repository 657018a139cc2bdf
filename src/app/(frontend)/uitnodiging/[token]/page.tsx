import type { Metadata } from 'next'

import { AcceptInvitationForm } from '@/components/people/AcceptInvitationForm'
import { loadInvitationPage } from '@/people/loaders'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Uitnodiging', referrer: 'no-referrer' }

type Props = { params: Promise<{ token: string }> }

/** Behind the link in an invitation e-mail: the new colleague chooses their own password. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params
  const { invitation, brand } = await loadInvitationPage(token)
  return (
    <main id="inhoud" className="login">
      <div className="login-card">
        <p className="brand-name" aria-hidden="true">
          {brand.name}
        </p>
        <h1>Welkom bij het digitale Infopunt</h1>
        {invitation ? (
          <>
            <p>
              Hallo {invitation.name}, kies je eigen wachtwoord. Daarna log je in met {invitation.email}.
            </p>
            <AcceptInvitationForm token={token} email={invitation.email} />
          </>
        ) : (
          <p className="alert alert-error" role="alert">
            Deze uitnodiging is verlopen of al gebruikt. Vraag je coördinator om een nieuwe.
          </p>
        )}
      </div>
    </main>
  )
}
