import type { AdminViewServerProps } from 'payload'

import { canEditContent } from '@/access/isContentEditor'

import { AdminViewFrame } from './AdminViewFrame'
import { HsdsImport } from './HsdsImport'
import './import.css'

/** /admin/open-referral-importeren: import another directory's Open Referral (HSDS 3.0) data. */
export function HsdsImportView(view: AdminViewServerProps) {
  return (
    <AdminViewFrame
      view={view}
      path="/open-referral-importeren"
      title="Importeren uit een andere wegwijzer (Open Referral)"
    >
      {canEditContent(view.initPageResult.req.user) ? (
        <HsdsImport />
      ) : (
        <p>Alleen communicatiemedewerkers en beheerders importeren in de Wegwijzer.</p>
      )}
    </AdminViewFrame>
  )
}
