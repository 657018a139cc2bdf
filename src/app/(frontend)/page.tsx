import type { Metadata } from 'next'
import { draftMode } from 'next/headers'

import { canEditContent } from '@/access/isContentEditor'
import { requireStaff } from '@/auth/currentUser'
import { noAccessMessage } from '@/auth/restrictedPages'
import { LivePreviewRefresh } from '@/components/startpage/LivePreviewRefresh'
import { SiteHeader } from '@/components/shell/SiteHeader'
import {
  Announcements,
  CoverageGaps,
  Documents,
  Mailboxes,
  PinnedLinks,
  QuickActions,
  Sources,
} from '@/components/startpage/Sections'
import { NoAccessNotice } from '@/components/startpage/NoAccessNotice'
import { TodayAtTheDesk } from '@/components/startpage/TodayAtTheDesk'
import type { StartpageData } from '@/startpage/load'
import { loadHomePage } from '@/startpage/loaders'
import './startpage.css'
import type { StartpageSection } from '@/startpage/sections'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Startpagina' }

const renderSection = (section: StartpageSection, data: StartpageData) => {
  switch (section) {
    case 'announcements':
      return <Announcements items={data.announcements} />
    case 'quickActions':
      return <QuickActions backup={data.backup} registers={data.registers} />
    case 'roster':
      return <TodayAtTheDesk desks={data.desks} />
    case 'coverage':
      return data.gaps && data.untrained ? <CoverageGaps gaps={data.gaps} untrained={data.untrained} /> : null
    case 'pinnedLinks':
      return <PinnedLinks links={data.pinnedLinks} />
    case 'sources':
      return <Sources groups={data.sources} />
    case 'documents':
      return <Documents groups={data.documents} />
    case 'mailboxes':
      return <Mailboxes desks={data.desks} />
  }
}

type Props = { searchParams: Promise<{ geenToegang?: string | string[] }> }

export default async function StartPage({ searchParams }: Props) {
  const user = await requireStaff('/')
  const { geenToegang } = await searchParams
  const preview = (await draftMode()).isEnabled && canEditContent(user)
  const data = await loadHomePage(user, { draft: preview })

  return (
    <>
      <SiteHeader user={user} current="/" />
      {preview && (
        <div className="preview-banner" role="status">
          Voorbeeld: je ziet het concept van de startpagina. <a href="/voorbeeld/uit">Voorbeeld sluiten</a>
          <LivePreviewRefresh />
        </div>
      )}
      <main id="inhoud" className="container stack-lg">
        {geenToegang !== undefined && <NoAccessNotice message={noAccessMessage(String(geenToegang))} />}
        <section aria-labelledby="welkom">
          <h1 id="welkom">Goedendag, {user.name.split(' ')[0]}</h1>
          {data.intro && (
            <p className="lead" data-testid="intro">
              {data.intro}
            </p>
          )}
        </section>
        {data.sections.map((section) => (
          <div key={section}>{renderSection(section, data)}</div>
        ))}
      </main>
    </>
  )
}
