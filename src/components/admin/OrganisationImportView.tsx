import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { canEditContent } from '@/access/isContentEditor'

import { OrganisationImport } from './OrganisationImport'
import './import.css'

/** /admin/organisaties-importeren: upload, map, preview and import the partner list. */
export function OrganisationImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
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
        <h1>Organisaties importeren en exporteren</h1>
        {allowed ? (
          <OrganisationImport />
        ) : (
          <p>Alleen communicatiemedewerkers en beheerders beheren de organisaties.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
