import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { canEditContent } from '@/access/isContentEditor'

import { HsdsImport } from './HsdsImport'
import './import.css'

/** /admin/open-referral-importeren: import another directory's Open Referral (HSDS 3.0) data. */
export function HsdsImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const allowed = canEditContent(req.user)
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
      <Gutter>
        <h1>Importeren uit een andere wegwijzer (Open Referral)</h1>
        {allowed ? <HsdsImport /> : <p>Alleen communicatiemedewerkers en beheerders importeren in de Wegwijzer.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
