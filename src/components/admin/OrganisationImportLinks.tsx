import { canEditContent } from '@/access/isContentEditor'
import type { User } from '@/payload-types'

/**
 * Above the organisations list, for those who may use them (communications staff and administrators):
 * the way to the bulk imports and the exports. Others would find a refusal behind each link.
 */
export function OrganisationImportLinks({ user }: { user?: User | null }) {
  if (!canEditContent(user)) return null
  return (
    <p className="infopunt-list-links">
      <a href="/admin/organisaties-importeren">Importeren uit CSV of Excel</a> ·{' '}
      <a href="/admin/open-referral-importeren">Importeren uit een andere wegwijzer (Open Referral)</a> ·{' '}
      <a href="/api/organisations-export?format=xlsx">Exporteren naar Excel</a> ·{' '}
      <a href="/api/organisations-export?format=csv">Exporteren naar CSV</a> ·{' '}
      <a href="/api/hsds/datapackage.zip">Exporteren als Open Referral-gegevenspakket (HSDS)</a>
    </p>
  )
}
