import type { AdminViewServerProps } from 'payload'

import { invitableRoles, inviteOptions } from '@/people/invitations'

import { InviteColleagueForm } from '../people/InviteColleagueForm'
import { AdminViewFrame, adminViewUser } from './AdminViewFrame'
import './invite.css'

const PATH = '/collega-uitnodigen'

/**
 * /admin/collega-uitnodigen: the admin's only way to a new account (the users' create view leads
 * here, see next.config.ts). The invitee chooses their own password through the mailed link.
 */
export async function InviteColleagueView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  // The login first: the roles on offer depend on who invites.
  const user = adminViewUser(req, PATH)
  const options = invitableRoles(user).length > 0 ? await inviteOptions(req.payload, user) : null
  return (
    <AdminViewFrame view={view} path={PATH} title="Collega uitnodigen" className="infopunt-invite">
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
    </AdminViewFrame>
  )
}
