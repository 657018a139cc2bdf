import type { Metadata } from 'next'

import { requireStaff } from '@/auth/currentUser'
import { getBrand } from '@/components/brand'
import { OpeningHours } from '@/components/OpeningHours'
import { SiteHeader } from '@/components/SiteHeader'
import { getPayloadClient } from '@/lib/payload'
import type { ReferralMailbox } from '@/payload-types'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Startpagina' }

export default async function StartPage() {
  const user = await requireStaff('/')
  const payload = await getPayloadClient()
  const brand = await getBrand()
  const [locations, organisations] = await Promise.all([
    payload.find({
      collection: 'locations',
      user,
      overrideAccess: false,
      depth: 1,
      limit: 50,
      sort: 'name',
      joins: { referralMailboxes: { limit: 5 } },
    }),
    payload.find({
      collection: 'organisations',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 500,
      sort: 'name',
      where: { status: { equals: 'active' } },
      select: { name: true, slug: true, shortDescription: true, contact: true },
    }),
  ])

  return (
    <>
      <SiteHeader user={user} current="/" />
      <main id="inhoud" className="container stack-lg">
        <section aria-labelledby="welkom">
          <h1 id="welkom">Goedendag, {user.name.split(' ')[0]}</h1>
          {brand.introText && <p className="lead">{brand.introText}</p>}
        </section>

        <section aria-labelledby="zoeken" className="stack">
          <h2 id="zoeken">Wegwijzer</h2>
          <form action="/wegwijzer" method="get" role="search" className="search-form">
            <label htmlFor="start-q">Zoek een organisatie, dienst of onderwerp</label>
            <div className="search-row">
              <input id="start-q" name="q" type="search" autoComplete="off" />
              <button type="submit" className="button">
                Zoeken
              </button>
            </div>
          </form>
        </section>

        <section aria-labelledby="infopunten" className="stack">
          <h2 id="infopunten">De Infopunten</h2>
          <ul className="card-grid" role="list">
            {locations.docs.map((location) => {
              const mailboxes = (location.referralMailboxes?.docs ?? []).filter(
                (mailbox): mailbox is ReferralMailbox => typeof mailbox === 'object',
              )
              return (
                <li key={location.id} className="card">
                  <h3>{location.name}</h3>
                  <p className="muted">
                    {[location.venue, location.kern, `gemeente ${location.municipality}`].filter(Boolean).join(' · ')}
                  </p>
                  {location.address?.street && (
                    <p>
                      {location.address.street}, {location.address.postalCode} {location.address.city}
                    </p>
                  )}
                  <h4>Openingstijden</h4>
                  <OpeningHours periods={location.openingHours} />
                  {mailboxes.length > 0 && (
                    <p>
                      Verwijsmailbox:{' '}
                      {mailboxes.map((mailbox) => (
                        <a key={mailbox.id} href={`mailto:${mailbox.email}`}>
                          {mailbox.email}
                        </a>
                      ))}
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        </section>

        <section aria-labelledby="organisaties" className="stack">
          <h2 id="organisaties">Partnerorganisaties ({organisations.totalDocs})</h2>
          <ul className="org-list" role="list">
            {organisations.docs.map((organisation) => (
              <li key={organisation.id}>
                <strong>{organisation.name}</strong>
                <span className="muted"> — {organisation.shortDescription}</span>
                {organisation.contact?.phone && (
                  <>
                    {' '}
                    ·{' '}
                    <a href={`tel:${organisation.contact.phone.replace(/[^+\d]/g, '')}`}>
                      {organisation.contact.phone}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  )
}
