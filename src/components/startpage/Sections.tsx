import { BackupContact } from '@/components/directory/BackupContact'
import { formatDate } from '@/lib/dates'
import { CoverageOutlookList } from '@/components/roster/CoverageOutlookList'
import { NEW_SHIFT_HREF, OUTLOOK_DAYS } from '@/roster/outlook'
import { safeHref } from '@/lib/safeUrl'
import type { StartpageData } from '@/startpage/load'

export function Announcements({ items }: { items: StartpageData['announcements'] }) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby="mededelingen" className="stack">
      <h2 id="mededelingen">Mededelingen</h2>
      <ul className="announcements" role="list">
        {items.map((item, index) => (
          <li key={item.id ?? index} className={item.important ? 'announcement important' : 'announcement'}>
            <h3>{item.title}</h3>
            {item.body && <p>{item.body}</p>}
            {item.expiresAt && <p className="muted">Tot en met {formatDate(item.expiresAt)}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function QuickActions({ backup, registers }: Pick<StartpageData, 'backup' | 'registers'>) {
  return (
    <section aria-labelledby="snel" className="quick-actions">
      <h2 id="snel" className="visually-hidden">
        Snel naar
      </h2>
      {registers && (
        <a href="/registreren" className="button button-large">
          Nieuwe registratie
        </a>
      )}
      <form action="/wegwijzer" method="get" role="search" className="search-form">
        <label htmlFor="start-q">Zoek in de Wegwijzer: organisatie, dienst of onderwerp</label>
        <div className="search-row">
          <input id="start-q" name="q" type="search" autoComplete="off" />
          <button type="submit" className="button">
            Zoeken
          </button>
        </div>
      </form>
      {backup.length > 0 && (
        <BackupContact contacts={backup} lead="Bij een moeilijke of zorgelijke vraag overleg je met de achterwacht:" />
      )}
    </section>
  )
}

export function CoverageGaps({
  gaps,
  untrained,
}: {
  gaps: NonNullable<StartpageData['gaps']>
  untrained: NonNullable<StartpageData['untrained']>
}) {
  return (
    <section aria-labelledby="gaten" className="stack">
      <h2 id="gaten">Gaten in het rooster (komende {OUTLOOK_DAYS / 7} weken)</h2>
      {gaps.length === 0 && untrained.length === 0 ? (
        <p>
          Alle openingstijden zijn bezet zoals elk Infopunt dat vraagt, met een beroepskracht naast de vrijwilligers en
          een opgeleide collega naast wie in opleiding is.
        </p>
      ) : (
        <CoverageOutlookList gaps={gaps} untrained={untrained} />
      )}
      <p>
        <a href="/rooster">Naar het rooster</a> · <a href={NEW_SHIFT_HREF}>Dienst toevoegen</a>
      </p>
    </section>
  )
}

export function PinnedLinks({ links }: { links: StartpageData['pinnedLinks'] }) {
  if (links.length === 0) return null
  return (
    <section aria-labelledby="links" className="stack">
      <h2 id="links">Snelle links</h2>
      <ul className="link-list" role="list">
        {links.map((link, index) => (
          <li key={link.id ?? index}>
            {safeHref(link.url) ? <a href={safeHref(link.url)}>{link.label}</a> : link.label}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function Sources({ groups }: { groups: StartpageData['sources'] }) {
  return (
    <section aria-labelledby="bronnen" className="stack">
      <h2 id="bronnen">Digitale bronnen</h2>
      {groups.length === 0 && <p className="muted">Nog geen digitale bronnen.</p>}
      <div className="columns">
        {groups.map((group) => (
          <div key={group.key}>
            <h3>{group.label}</h3>
            <ul className="source-list" role="list">
              {group.items.map((source) => {
                const broken = source.lastCheck?.status === 'broken'
                return (
                  <li key={source.id} className={broken ? 'source broken' : 'source'}>
                    {safeHref(source.url) ? (
                      <a href={safeHref(source.url)} rel="noopener noreferrer">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                    {source.pinned && <span className="tag">vastgepind</span>}
                    {broken && (
                      <span className="tag tag-warning">
                        werkt niet{source.lastCheck?.httpStatus ? ` (${source.lastCheck.httpStatus})` : ''}
                      </span>
                    )}
                    {source.description && <span className="muted"> — {source.description}</span>}
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}

export function Documents({ groups }: { groups: StartpageData['documents'] }) {
  return (
    <section aria-labelledby="documenten" className="stack">
      <h2 id="documenten">Werkdocumenten</h2>
      {groups.length === 0 && <p className="muted">Nog geen werkdocumenten.</p>}
      <div className="columns">
        {groups.map((group) => (
          <div key={group.key}>
            <h3>{group.label}</h3>
            <ul className="source-list" role="list">
              {group.items.map((doc) => (
                <li key={doc.id}>
                  {doc.url ? (
                    <a href={doc.url} download>
                      {doc.title}
                    </a>
                  ) : (
                    doc.title
                  )}
                  <span className="muted"> — versie {formatDate(doc.versionDate)}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}

export function Mailboxes({ desks }: { desks: StartpageData['desks'] }) {
  return (
    <section aria-labelledby="mailboxen" className="stack">
      <h2 id="mailboxen">Verwijsmailboxen</h2>
      <ul className="link-list" role="list">
        {desks.map((desk) => (
          <li key={desk.id}>
            <strong>{desk.name}</strong>:{' '}
            {desk.mailboxes.length ? (
              desk.mailboxes.map((mailbox, index) => (
                <span key={mailbox.id}>
                  {index > 0 && ', '}
                  <a href={`mailto:${mailbox.email}`}>{mailbox.email}</a>
                </span>
              ))
            ) : (
              <span className="muted">geen</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
