import type { Payload } from 'payload'

import { canEditContent } from '@/access/isContentEditor'
import { VERIFICATION_MAX_AGE_MONTHS } from '@/directory/search'
import type { User } from '@/payload-types'

import './dashboard.css'

/** For communications staff on the admin dashboard: what in the Wegwijzer needs attention. */
export async function DirectoryDashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!canEditContent(user)) return null
  const cutoff = new Date()
  cutoff.setMonth(cutoff.getMonth() - VERIFICATION_MAX_AGE_MONTHS)
  const [openReports, unverified] = await Promise.all([
    payload.count({ collection: 'incorrect-info-reports', where: { status: { equals: 'open' } } }),
    payload.count({
      collection: 'organisations',
      where: {
        and: [
          { status: { equals: 'active' } },
          { or: [{ lastVerifiedAt: { less_than: cutoff.toISOString() } }, { lastVerifiedAt: { exists: false } }] },
        ],
      },
    }),
  ])
  const reportsHref = '/admin/collections/incorrect-info-reports?where[status][equals]=open'
  const unverifiedHref = `/admin/collections/organisations?where[lastVerifiedAt][less_than]=${encodeURIComponent(cutoff.toISOString())}`
  return (
    <section className="infopunt-dashboard" aria-label="Aandacht nodig in de Wegwijzer">
      <a href={reportsHref} className="infopunt-dashboard__card">
        <strong>{openReports.totalDocs}</strong> open {openReports.totalDocs === 1 ? 'melding' : 'meldingen'} onjuiste
        informatie
      </a>
      <a href={unverifiedHref} className="infopunt-dashboard__card">
        <strong>{unverified.totalDocs}</strong> {unverified.totalDocs === 1 ? 'organisatie' : 'organisaties'} langer dan{' '}
        {VERIFICATION_MAX_AGE_MONTHS} maanden niet gecontroleerd
      </a>
    </section>
  )
}
