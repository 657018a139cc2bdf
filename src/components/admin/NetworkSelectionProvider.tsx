import { TenantSelectionProvider } from '@payloadcms/plugin-multi-tenant/rsc'
import type { ComponentProps } from 'react'

type Props = ComponentProps<typeof TenantSelectionProvider>

/**
 * The multi-tenant plugin's network selection, for someone logged in. On the login page it has no
 * networks to offer, yet refreshes the page once loaded (to clear a choice nobody made), and that
 * refresh can empty the form while someone is typing their e-mail address and password.
 */
export const NetworkSelectionProvider = (props: Props) =>
  props.user ? <TenantSelectionProvider {...props} /> : <>{props.children}</>
