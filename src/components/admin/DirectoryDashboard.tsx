import { headers } from 'next/headers'
import type { Payload } from 'payload'

import { canEditContent } from '@/access/isContentEditor'
import { loadDirectoryAttention } from '@/directory/attention'
import { verificationCycleMonths, verificationStateLabels } from '@/directory/verification/cycle'
import { withinCurrentNetwork } from '@/networks/current'
import type { User } from '@/payload-types'

import { VerificationRoundButton } from './VerificationRoundButton'

import './dashboard.css'

const organisations = (count: number) => (count === 1 ? 'organisatie' : 'organisaties')

/** For communications staff on the admin dashboard: what in the Wegwijzer needs attention. */
export async function DirectoryDashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user || !canEditContent(user)) return null
  const { openReports, openProposals, verification } = await loadDirectoryAttention(
    payload,
    withinCurrentNetwork(user, await headers()),
  )
  return (
    <>
      <section className="infopunt-dashboard" aria-label="Aandacht nodig in de Wegwijzer">
        <a
          href="/admin/collections/incorrect-info-reports?where[status][equals]=open"
          className="infopunt-dashboard__card"
        >
          <strong>{openReports}</strong> open {openReports === 1 ? 'melding' : 'meldingen'} onjuiste informatie
        </a>
        <a
          href="/admin/collections/organisation-proposals?where[status][equals]=open"
          className="infopunt-dashboard__card"
        >
          <strong>{openProposals}</strong> {openProposals === 1 ? 'wijzigingsvoorstel' : 'wijzigingsvoorstellen'} van
          organisaties te beoordelen
        </a>
      </section>
      <section className="infopunt-dashboard" aria-labelledby="controleronde-titel">
        <h2 id="controleronde-titel" className="infopunt-dashboard__title">
          Controleronde (elke {verificationCycleMonths()} maanden)
        </h2>
        {verification.map(({ state, count, href }) => (
          <a key={state} href={href} className="infopunt-dashboard__card" data-state={state}>
            <strong>{count}</strong> {organisations(count)} {verificationStateLabels[state]}
          </a>
        ))}
        <VerificationRoundButton />
      </section>
    </>
  )
}
