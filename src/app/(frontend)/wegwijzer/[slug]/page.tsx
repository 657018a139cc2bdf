import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { requireStaff } from '@/auth/currentUser'
import { OpeningHours } from '@/components/directory/OpeningHours'
import { SafeRichText } from '@/components/directory/SafeRichText'
import { VerifiedNote } from '@/components/directory/VerifiedNote'
import { OpenNowBadge, ServiceDetails } from '@/components/directory/ServiceDetails'
import { PhoneReferralForm } from '@/components/referrals/PhoneReferralForm'
import { ReferralEmailForm } from '@/components/referrals/ReferralEmailForm'
import { ReportIncorrectInfoForm } from '@/components/directory/ReportIncorrectInfoForm'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { getActiveOrganisation, loadOrganisationPage } from '@/directory/loaders'
import { safeHref } from '@/lib/safeUrl'

export const dynamic = 'force-dynamic'

const kilometres = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await getActiveOrganisation((await params).slug)
  return { title: organisation ? organisation.name : 'Niet gevonden' }
}

/** Everything a desk worker needs to refer a resident warmly to one organisation. */
export default async function OrganisationPage({ params, searchParams }: Props) {
  const { slug } = await params
  const reported = Boolean((await searchParams).gemeld)
  const user = await requireStaff(`/wegwijzer/${slug}`)
  const data = await loadOrganisationPage(user, slug)
  if (!data) notFound()
  const { organisation, details, services, mailbox, deskName, overdue, keptBy } = data
  const { contact, referral } = organisation

  return (
    <>
      <SiteHeader user={user} current="/wegwijzer" />
      <main id="inhoud" className="container stack-lg">
        <p>
          <Link href="/wegwijzer">← Terug naar de Wegwijzer</Link>
        </p>
        <header className="stack">
          <h1>{organisation.name}</h1>
          <p className="actions">
            <Link href={`/wegwijzer/${organisation.slug}/verwijskaart`} className="button">
              Verwijskaart printen
            </Link>
          </p>
          <p className="lead">{organisation.shortDescription}</p>
          {details && <OpenNowBadge openNow={details.openNow} />}
          <VerifiedNote lastVerifiedAt={organisation.lastVerifiedAt} overdue={overdue} />
          {keptBy && (
            <p className="muted">
              Regionale organisatie: {keptBy} houdt de gegevens bij. Hoe je doorverwijst, staat hieronder zoals jouw
              netwerk het heeft afgesproken.
            </p>
          )}
        </header>

        <section aria-labelledby="doorverwijzen" className="card stack referral-box">
          <h2 id="doorverwijzen">Warm doorverwijzen</h2>
          {referral?.instructions && <p>{referral.instructions}</p>}
          <dl className="details">
            {referral?.contactPerson && (
              <div>
                <dt>Contactpersoon</dt>
                <dd>{referral.contactPerson}</dd>
              </div>
            )}
            {referral?.email && (
              <div>
                <dt>Verwijs-e-mailadres</dt>
                <dd>
                  <a href={`mailto:${referral.email}`}>{referral.email}</a>
                </dd>
              </div>
            )}
            <div>
              <dt>Verwijsmailbox van jouw Infopunt</dt>
              <dd>
                {mailbox ? (
                  <a href={`mailto:${mailbox.email}`}>{mailbox.email}</a>
                ) : (
                  'Geen vast Infopunt ingesteld in je account.'
                )}
              </dd>
            </div>
          </dl>
          {(referral?.email || contact?.email) && (
            <>
              <h3>Verwijzen per e-mail</h3>
              <ReferralEmailForm
                organisationId={organisation.id}
                slug={slug}
                greeting={
                  referral?.contactPerson ? `Beste ${referral.contactPerson.split(' (')[0]},` : 'Beste collega,'
                }
                deskName={deskName}
              />
            </>
          )}
          <h3>Telefonisch doorverwezen</h3>
          <PhoneReferralForm organisationId={organisation.id} slug={slug} />
        </section>

        {details &&
          (details.eligibility ||
            details.areasServed.length > 0 ||
            details.cost ||
            details.languages.length > 0 ||
            details.applicationProcess) && (
            <section aria-labelledby="aanbod" className="stack">
              <h2 id="aanbod">Voor wie en hoe</h2>
              <ServiceDetails details={{ ...details, places: [], distanceKm: null }} />
            </section>
          )}

        <section aria-labelledby="contact" className="stack">
          <h2 id="contact">Contact</h2>
          <dl className="details">
            {contact?.phone && (
              <div>
                <dt>Telefoon</dt>
                <dd>
                  <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                </dd>
              </div>
            )}
            {contact?.email && (
              <div>
                <dt>E-mail</dt>
                <dd>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </dd>
              </div>
            )}
            {contact?.website && safeHref(contact.website) && (
              <div>
                <dt>Website</dt>
                <dd>
                  <a href={safeHref(contact.website)} rel="noopener noreferrer" target="_blank">
                    {contact.website}
                  </a>
                </dd>
              </div>
            )}
            {contact?.address?.street && (
              <div>
                <dt>Adres</dt>
                <dd>
                  {contact.address.street}, {contact.address.postalCode} {contact.address.city}
                  {details?.distanceKm != null && <> ({kilometres.format(details.distanceKm)} km van je Infopunt)</>}
                </dd>
              </div>
            )}
            {details?.places[0] &&
              (details.places[0].accessibility.length > 0 || details.places[0].accessibilityNote) && (
                <div>
                  <dt>Toegankelijkheid</dt>
                  <dd>
                    {[...details.places[0].accessibility, details.places[0].accessibilityNote]
                      .filter(Boolean)
                      .join(', ')}
                  </dd>
                </div>
              )}
          </dl>
          <h3>Openingstijden</h3>
          <OpeningHours periods={organisation.openingHours} />
        </section>

        {services.length > 0 && (
          <section aria-labelledby="diensten" className="stack">
            <h2 id="diensten">Diensten</h2>
            <ul className="card-grid" role="list">
              {services.map(({ service, details: serviceDetails }) => (
                <li key={service.id} className="card stack" id={`dienst-${service.slug}`}>
                  <h3>{service.name}</h3>
                  {serviceDetails && <OpenNowBadge openNow={serviceDetails.openNow} />}
                  <p>{service.description}</p>
                  {serviceDetails && <ServiceDetails details={serviceDetails} />}
                  {service.openingHours && service.openingHours.length > 0 && (
                    <>
                      <h4>Openingstijden</h4>
                      <OpeningHours periods={service.openingHours} />
                    </>
                  )}
                  {service.referral?.instructions && (
                    <p>
                      <strong>Doorverwijzen:</strong> {service.referral.instructions}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="melden-titel" className="stack" id="melden">
          <h2>
            <span id="melden-titel">Onjuiste informatie melden</span>
          </h2>
          <p className="muted">
            {keptBy
              ? `Klopt er iets niet? Communicatie van jouw netwerk bekijkt je melding en geeft de wijziging door aan ${keptBy}.`
              : 'Klopt er iets niet? Communicatie controleert je melding en past de gegevens aan.'}
          </p>
          {reported ? (
            <p className="alert alert-info" role="status">
              Dank je wel: je melding is ontvangen.
            </p>
          ) : (
            <ReportIncorrectInfoForm slug={slug} />
          )}
        </section>

        {organisation.description && (
          <section aria-labelledby="over" className="stack">
            <h2 id="over">Over {organisation.name}</h2>
            <SafeRichText data={organisation.description} />
          </section>
        )}
      </main>
    </>
  )
}
