import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import type { ReactNode } from 'react'

import type { User } from '@/payload-types'

/**
 * The signed-in user of one of our admin views. Payload's custom views are open to anyone, so a
 * visitor goes to the admin's login first and comes back to `path` after it.
 */
export const adminViewUser = (req: PayloadRequest, path: string): User => {
  if (!req.user) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin${path}`)}`)
  return req.user as User
}

/** Our own admin views in Payload's frame (navigation, header, gutter) under their title; login first. */
export function AdminViewFrame({
  view,
  path,
  title,
  className,
  children,
}: {
  view: AdminViewServerProps
  /** The view's path below /admin, for the way back after the login. */
  path: string
  title: string
  className?: string
  children: ReactNode
}) {
  const { initPageResult, params, searchParams } = view
  const { req, locale, permissions, visibleEntities } = initPageResult
  const user = adminViewUser(req, path)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter className={className}>
        <h1>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
