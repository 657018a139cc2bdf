import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import type { User } from '@/payload-types'
import { invitableRoles, inviteOptions } from '@/people/invitations'

import { InviteColleagueForm } from '../people/InviteColleagueForm'
import './invite.css'

/**
 * /admin/collega-uitnodigen: the admin's only way to a new account (the users' create view leads
 * here, see next.config.ts). The invitee chooses their own password through the mailed link.
 */
export async function InviteColleagueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const user = req.user as User | null
  // Payload's custom views are open to anyone: the login comes first.
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent('/admin/collega-uitnodigen')}`)
  const options = invitableRoles(user).length > 0 ? await inviteOptions(req.payload, user) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="infopunt-invite">
        <h1>Collega uitnodigen</h1>
        {options ? (
          <>
            <p>
              Je nieuwe collega krijgt een e-mail met een link om zelf een wachtwoord te kiezen (één keer te gebruiken,
              een week geldig) en staat tot de verplichte trainingen als in opleiding. Niemand anders kent of ziet dat
              wachtwoord.
            </p>
            <InviteColleagueForm roles={options.roles} locations={options.locations} />
            <p>
              <a href="/admin/collections/users">Terug naar de gebruikers</a>
            </p>
          </>
        ) : (
          <p>Alleen coördinatoren en beheerders nodigen collega’s uit.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
