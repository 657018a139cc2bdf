import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { requireStaff } from '@/auth/currentUser'
import { InfopuntLogo } from '@/components/shell/InfopuntLogo'
import { OpeningHours } from '@/components/directory/OpeningHours'
import { EmailCardForm } from '@/components/referrals/EmailCardForm'
import { PrintButton } from '@/components/shell/PrintButton'
import { loadReferralCard } from '@/directory/loaders'

import './referral-card.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Verwijskaart' }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** A one-page A5 card for the resident: what the organisation does, how to reach it, and our desk. */
export default async function ReferralCardPage({ params, searchParams }: Props) {
  const { slug } = await params
  const { code } = await searchParams
  const user = await requireStaff(`/wegwijzer/${slug}/verwijskaart`)
  const card = await loadReferralCard(user, slug, typeof code === 'string' ? code : undefined)
  if (!card) notFound()
  const { organisation, services, location, referral, brand } = card
  const { contact } = organisation

  return (
    <main id="inhoud" className="referral-card">
      <div className="card-actions no-print">
        <a href={`/wegwijzer/${slug}`}>
          <span aria-hidden="true">← </span>Terug naar {organisation.name}
        </a>
        <PrintButton label="Verwijskaart afdrukken" />
      </div>
      {referral && (
        <div className="no-print">
          <EmailCardForm id={referral.id} />
        </div>
      )}
      <InfopuntLogo name={brand.name} />
      <h1>{organisation.name}</h1>
      <p>{organisation.shortDescription}</p>
      {referral && (
        <p className="referral-code">
          Uw verwijscode: <strong>{referral.code}</strong>. Noem deze code als u contact opneemt.
        </p>
      )}
      {services.length > 0 && <p>Onder meer: {services.map((service) => service.name).join(', ')}.</p>}
      <h2>Zo bereikt u {organisation.name}</h2>
      <ul>
        {contact?.phone && <li>Telefoon: {contact.phone}</li>}
        {contact?.email && <li>E-mail: {contact.email}</li>}
        {contact?.website && <li>Website: {contact.website.replace(/^https?:\/\//, '')}</li>}
        {contact?.address?.street && (
          <li>
            Adres: {contact.address.street}, {contact.address.postalCode} {contact.address.city}
          </li>
        )}
      </ul>
      {(organisation.openingHours?.length ?? 0) > 0 && (
        <>
          <h2>Openingstijden</h2>
          <OpeningHours periods={organisation.openingHours} />
        </>
      )}
      <p className="appointment">
        Uw afspraak: <span className="write-in wide" /> op <span className="write-in" /> om{' '}
        <span className="write-in short" /> uur
      </p>
      {location && (
        <footer>
          <h2>Vragen? Kom langs bij {location.name}</h2>
          <p>
            {[
              location.venue,
              location.address?.street,
              `${location.address?.postalCode ?? ''} ${location.address?.city ?? ''}`.trim(),
            ]
              .filter(Boolean)
              .join(', ')}
          </p>
          <OpeningHours periods={location.openingHours} />
        </footer>
      )}
    </main>
  )
}
