import type { AdminViewServerProps } from 'payload'

import { canEditContent } from '@/access/isContentEditor'

import { AdminViewFrame } from './AdminViewFrame'
import { OrganisationImport } from './OrganisationImport'
import './import.css'

/** /admin/organisaties-importeren: upload, map, preview and import the partner list. */
export function OrganisationImportView(view: AdminViewServerProps) {
  return (
    <AdminViewFrame view={view} path="/organisaties-importeren" title="Organisaties importeren en exporteren">
      {canEditContent(view.initPageResult.req.user) ? (
        <OrganisationImport />
      ) : (
        <p>Alleen communicatiemedewerkers en beheerders beheren de organisaties.</p>
      )}
    </AdminViewFrame>
  )
}
