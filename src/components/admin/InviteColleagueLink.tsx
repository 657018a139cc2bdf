import type { User } from '@/payload-types'
import { invitableRoles } from '@/people/invitations'

/** Above the users list, for those who may invite: new accounts come only through an invitation. */
export function InviteColleagueLink({ user }: { user?: User | null }) {
  if (!user || invitableRoles(user).length === 0) return null
  return (
    <p className="infopunt-list-links">
      <a href="/admin/collega-uitnodigen">Collega uitnodigen</a> · Een nieuwe collega kiest zelf een wachtwoord via de
      link in de uitnodiging.
    </p>
  )
}
