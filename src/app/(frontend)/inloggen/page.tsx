import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { currentUser } from '@/auth/currentUser'
import { safeReturnPath } from '@/auth/safeReturnPath'
import { getBrand } from '@/brand/load'
import { LoginForm } from '@/components/shell/LoginForm'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Inloggen' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams
  const returnTo = safeReturnPath(params.terug)
  if (await currentUser()) redirect(returnTo)
  const brand = await getBrand()
  return (
    <main id="inhoud" className="login">
      <div className="login-card">
        <p className="brand-name" aria-hidden="true">
          {brand.name}
        </p>
        <h1>Inloggen</h1>
        <p className="muted">Voor medewerkers van de Infopunten. Gebruik hetzelfde account als voor het beheer.</p>
        {params.uitgelogd && (
          <p className="alert alert-info" role="status">
            Je bent uitgelogd.
          </p>
        )}
        <LoginForm returnTo={returnTo} />
      </div>
    </main>
  )
}
