import type { Metadata } from 'next'

import { requireStaff } from '@/auth/currentUser'
import { FollowUpForm } from '@/components/referrals/FollowUpForm'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { formatDate } from '@/lib/dates'
import { loadMyReferrals } from '@/referrals/loaders'
import { REMINDERS_OFF } from '@/referrals/reminders'
import { movesForward, reasonLabel, referralStatuses, statusLabel } from '@/referrals/status'

import '../registrations.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Mijn doorverwijzingen' }

const methodLabels: Record<string, string> = { email: 'e-mail', mailto: 'e-mail', phone: 'telefoon' }

/** The desk worker's referrals: what is still open, what needs a phone call, and what was closed last. */
export default async function MyReferralsPage() {
  const user = await requireStaff('/doorverwijzingen')
  const { open, closed, remindersOn } = await loadMyReferrals(user)
  return (
    <>
      <SiteHeader user={user} current="/doorverwijzingen" />
      <main id="inhoud" className="container stack-lg">
        <h1>Mijn doorverwijzingen</h1>
        {!remindersOn && (
          <p className="alert alert-info" role="status">
            {REMINDERS_OFF} Organisaties krijgen dus geen herinnering; bel zelf na als er geen antwoord komt.
          </p>
        )}
        <section aria-labelledby="open" className="stack">
          <h2 id="open">Open ({open.length})</h2>
          {open.length === 0 ? (
            <p>Je hebt geen open doorverwijzingen.</p>
          ) : (
            <ul className="stack referral-list">
              {open.map((referral) => (
                <li key={referral.id} className="card stack" data-code={referral.code}>
                  <h3>
                    {referral.organisation} <span className="muted">({referral.code})</span>
                  </h3>
                  <p>
                    Per {methodLabels[referral.method]} op {formatDate(referral.createdAt)}. Stand:{' '}
                    <strong data-testid="referral-status">{statusLabel(referral.status).toLowerCase()}</strong>
                  </p>
                  {referral.followUp && (
                    <p className="alert alert-error">Na twee werkdagen nog geen antwoord: bel de organisatie na.</p>
                  )}
                  <FollowUpForm
                    id={referral.id}
                    code={referral.code}
                    answers={referralStatuses.filter((status) => movesForward(referral.status, status))}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        {closed.length > 0 && (
          <section aria-labelledby="afgesloten" className="stack">
            <h2 id="afgesloten">Laatst afgesloten</h2>
            <ul>
              {closed.map((referral) => (
                <li key={referral.id}>
                  {referral.organisation} ({referral.code}): {statusLabel(referral.status).toLowerCase()}
                  {referral.outcomeReason ? ` – ${reasonLabel(referral.outcomeReason).toLowerCase()}` : ''}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  )
}
