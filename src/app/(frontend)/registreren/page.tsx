import type { Metadata } from 'next'

import { requirePageRole } from '@/auth/currentUser'
import { RegistrationForm } from '@/components/RegistrationForm'
import { SiteHeader } from '@/components/SiteHeader'
import { domainOptions } from '@/fields/directory'
import { getPayloadClient } from '@/lib/payload'
import { dutchOptions } from '@/lib/options'
import { idOf } from '@/lib/relations'
import { ageBandOptions, answerTypeOptions, channelOptions, referralAnswerTypes } from '@/registrations/options'
import { toOwnRegistration } from '@/registrations/ownRegistration'
import { OWN_REGISTRATION_WINDOW_DAYS } from '@/access/registrations'

import '../registrations.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Hulpvraag registreren' }

export default async function RegisterPage() {
  const user = await requirePageRole('registreren')
  const payload = await getPayloadClient()
  const since = new Date(Date.now() - OWN_REGISTRATION_WINDOW_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const [locations, themes, own] = await Promise.all([
    payload.find({
      collection: 'locations',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 100,
      sort: 'name',
      select: { name: true },
    }),
    payload.find({
      collection: 'themes',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 200,
      sort: 'name',
      select: { name: true },
    }),
    payload.find({
      collection: 'registrations',
      user,
      overrideAccess: false,
      depth: 1,
      limit: 50,
      sort: '-occurredAt',
      where: { and: [{ registeredBy: { equals: user.id } }, { createdAt: { greater_than: since } }] },
    }),
  ])

  const ownRecent = own.docs.map((doc) => toOwnRegistration(doc as Record<string, any>))

  return (
    <>
      <SiteHeader user={user} current="/registreren" />
      <main id="inhoud" className="container">
        <RegistrationForm
          userId={user.id}
          locations={locations.docs.map((location) => ({ id: location.id, name: location.name }))}
          defaultLocation={user.defaultLocation ? idOf(user.defaultLocation) : null}
          themes={themes.docs.map((theme) => ({ id: theme.id, name: theme.name }))}
          answerTypes={dutchOptions(answerTypeOptions)}
          referralAnswerTypes={referralAnswerTypes}
          channels={dutchOptions(channelOptions)}
          ageBands={dutchOptions(ageBandOptions)}
          domains={dutchOptions(domainOptions)}
          ownRecent={ownRecent}
        />
      </main>
    </>
  )
}
