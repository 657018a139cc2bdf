import type { Metadata } from 'next'

import { requirePageRole } from '@/auth/currentUser'
import { RegistrationForm } from '@/components/registrations/RegistrationForm'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { loadRegisterPage } from '@/registrations/loaders'

import '../registrations.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Hulpvraag registreren' }

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const user = await requirePageRole('registreren')
  const { verwijzing } = await searchParams
  const data = await loadRegisterPage(user, typeof verwijzing === 'string' ? verwijzing : undefined)

  return (
    <>
      <SiteHeader user={user} current="/registreren" />
      <main id="inhoud" className="container">
        <RegistrationForm {...data} />
      </main>
    </>
  )
}
