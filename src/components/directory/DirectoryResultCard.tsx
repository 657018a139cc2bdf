import Link from 'next/link'

import type { DirectoryResult } from '@/directory/search'
import { safeHref } from '@/lib/safeUrl'

import { OpenNowBadge, ServiceDetails } from './ServiceDetails'
import { VerifiedNote } from './VerifiedNote'

const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`

/** One Wegwijzer result: enough to refer from, without opening the detail page. */
export function DirectoryResultCard({ result }: { result: DirectoryResult }) {
  const slug = result.organisation?.slug ?? result.slug
  const headingId = `resultaat-${result.type}-${result.id}`
  return (
    <article className="card result-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {/* Not prefetched: a result page is rendered per request, and a search shows many results. */}
        <Link href={`/wegwijzer/${slug}`} prefetch={false}>
          {result.name}
        </Link>
      </h3>
      {result.organisation && <p className="muted">Dienst van {result.organisation.name}</p>}
      <OpenNowBadge openNow={result.details.openNow} />
      <p>{result.shortDescription}</p>
      <ServiceDetails details={result.details} />
      {result.themes.length > 0 && (
        <ul className="tags" aria-label="Thema's">
          {result.themes.map((theme) => (
            <li key={theme}>{theme}</li>
          ))}
        </ul>
      )}
      <ul className="contact-list">
        {result.contact.phone && (
          <li>
            Telefoon: <a href={telHref(result.contact.phone)}>{result.contact.phone}</a>
          </li>
        )}
        {result.contact.email && (
          <li>
            E-mail: <a href={`mailto:${result.contact.email}`}>{result.contact.email}</a>
          </li>
        )}
        {safeHref(result.contact.website) && (
          <li>
            Website:{' '}
            <a href={safeHref(result.contact.website)} rel="noopener noreferrer" target="_blank">
              {result.contact.website!.replace(/^https?:\/\//, '')}
            </a>
          </li>
        )}
      </ul>
      {result.referral.instructions && (
        <p className="referral">
          <strong>Warm doorverwijzen:</strong> {result.referral.instructions}
          {result.referral.contactPerson && <> Contactpersoon: {result.referral.contactPerson}.</>}
        </p>
      )}
      <VerifiedNote lastVerifiedAt={result.lastVerifiedAt} overdue={result.verificationOverdue} />
    </article>
  )
}
