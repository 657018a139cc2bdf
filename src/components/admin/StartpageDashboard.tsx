import type { Payload } from 'payload'

import { canEditContent } from '@/access/isContentEditor'
import type { User } from '@/payload-types'
import { isExpired } from '@/startpage/announcements'

import './dashboard.css'

/** For communications staff: what on the startpage needs attention (broken sources, expired announcements). */
export async function StartpageDashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!canEditContent(user)) return null
  const now = new Date()
  const [broken, startpage] = await Promise.all([
    payload.find({
      collection: 'digital-sources',
      where: { 'lastCheck.status': { equals: 'broken' } },
      depth: 0,
      limit: 5,
      select: { title: true },
    }),
    payload.findGlobal({ slug: 'startpage', depth: 0, draft: true }),
  ])
  const expired = (startpage.announcements ?? []).filter((item) => isExpired(item, now))
  return (
    <section className="infopunt-dashboard" aria-label="Aandacht nodig op de startpagina">
      <a
        href="/admin/collections/digital-sources?where[lastCheck.status][equals]=broken"
        className="infopunt-dashboard__card"
      >
        <strong>{broken.totalDocs}</strong> {broken.totalDocs === 1 ? 'digitale bron werkt' : 'digitale bronnen werken'}{' '}
        niet
        {broken.docs.length > 0 && <span> ({broken.docs.map((doc) => doc.title).join(', ')})</span>}
      </a>
      <a href="/admin/globals/startpage" className="infopunt-dashboard__card">
        <strong>{expired.length}</strong> verlopen {expired.length === 1 ? 'mededeling' : 'mededelingen'} op de
        startpagina
        {expired.length > 0 && <span> — opruimen</span>}
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
