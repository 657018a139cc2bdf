import { headers } from 'next/headers'
import type { Payload } from 'payload'

import { canEditContent } from '@/access/isContentEditor'
import { withinCurrentNetwork } from '@/networks/current'
import type { User } from '@/payload-types'
import { loadStartpageAttention } from '@/startpage/attention'

import './dashboard.css'

/** For communications staff: what on the startpage needs attention (broken sources, expired announcements). */
export async function StartpageDashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user || !canEditContent(user)) return null
  const { brokenCount, brokenTitles, expired } = await loadStartpageAttention(
    payload,
    withinCurrentNetwork(user, await headers()),
  )
  return (
    <section className="infopunt-dashboard" aria-label="Aandacht nodig op de startpagina">
      <a
        href="/admin/collections/digital-sources?where[lastCheck.status][equals]=broken"
        className="infopunt-dashboard__card"
      >
        <strong>{brokenCount}</strong> {brokenCount === 1 ? 'digitale bron werkt' : 'digitale bronnen werken'} niet
        {brokenTitles.length > 0 && <span> ({brokenTitles.join(', ')})</span>}
      </a>
      <a href="/admin/collections/startpages" className="infopunt-dashboard__card">
        <strong>{expired}</strong> verlopen {expired === 1 ? 'mededeling' : 'mededelingen'} op de startpagina
        {expired > 0 && <span> — opruimen</span>}
      </a>
      <a href="/admin/organisaties-importeren" className="infopunt-dashboard__card">
        Organisaties importeren of exporteren (CSV, Excel)
      </a>
      <a href="/voorbeeld?pad=/" className="infopunt-dashboard__card">
        Startpagina bekijken zoals de balie hem ziet (met concept)
      </a>
    </section>
  )
}
