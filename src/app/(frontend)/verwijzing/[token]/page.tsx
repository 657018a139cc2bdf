import type { Metadata } from 'next'

import { ReferralAnswerForm } from '@/components/referrals/ReferralAnswerForm'
import { loadLinkPage } from '@/referrals/loaders'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Doorverwijzing', referrer: 'no-referrer' }

type Props = { params: Promise<{ token: string }> }

/** Behind the links in a referral e-mail: the organisation confirms or reports the outcome, without logging in. */
export default async function ReferralLinkPage({ params }: Props) {
  const { token } = await params
  const { brand, problem, link } = await loadLinkPage(token)
  return (
    <main id="inhoud" className="login">
      <div className="login-card stack">
        <p className="brand-name" aria-hidden="true">
          {brand.name}
        </p>
        {problem || !link ? (
          <>
            <h1>{problem?.title}</h1>
            <p className="alert alert-error" role="alert">
              {problem?.text}
            </p>
          </>
        ) : (
          <>
            <h1>Doorverwijzing {link.code}</h1>
            <p>
              Vanuit {link.desk} verwezen we een inwoner naar {link.organisation} door.{' '}
              {link.purpose === 'received'
                ? 'Wilt u bevestigen dat u de doorverwijzing hebt ontvangen?'
                : 'Wilt u laten weten hoe het is gegaan?'}
            </p>
            {link.answers.length > 0 ? (
              <ReferralAnswerForm token={link.token} answers={link.answers} />
            ) : (
              <p className="alert alert-info" role="status">
                Deze doorverwijzing staat al verder; er hoeft niets meer te gebeuren. Dank u.
              </p>
            )}
          </>
        )}
      </div>
    </main>
  )
}
