import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { loadDirectoryAttention } from '@/directory/attention'
import { VERIFICATION_MAX_AGE_MONTHS } from '@/directory/search'
import type { User } from '@/payload-types'

import './dashboard.css'

/** For communications staff on the admin dashboard: what in the Wegwijzer needs attention. */
export async function DirectoryDashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!hasRole(user, 'beheerder', 'communicatie')) return null
  const { cutoff, openReports, unverified } = await loadDirectoryAttention(payload)
  const reportsHref = '/admin/collections/incorrect-info-reports?where[status][equals]=open'
  const unverifiedHref = `/admin/collections/organisations?where[lastVerifiedAt][less_than]=${encodeURIComponent(cutoff.toISOString())}`
  return (
    <section className="infopunt-dashboard" aria-label="Aandacht nodig in de Wegwijzer">
      <a href={reportsHref} className="infopunt-dashboard__card">
        <strong>{openReports}</strong> open {openReports === 1 ? 'melding' : 'meldingen'} onjuiste informatie
      </a>
      <a href={unverifiedHref} className="infopunt-dashboard__card">
        <strong>{unverified}</strong> {unverified === 1 ? 'organisatie' : 'organisaties'} langer dan{' '}
        {VERIFICATION_MAX_AGE_MONTHS} maanden niet gecontroleerd
      </a>
    </section>
  )
}
