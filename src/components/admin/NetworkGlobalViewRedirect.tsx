import { GlobalViewRedirect } from '@payloadcms/plugin-multi-tenant/rsc'

type Args = Parameters<typeof GlobalViewRedirect>[0]

/**
 * The multi-tenant plugin's redirect from a one-per-network collection (the startpage) to the current
 * network's document. The plugin hands it the names of the accounts' list of networks as
 * `tenantsArrayFieldName`, but its component reads `tenantArrayFieldName`: for someone who has not
 * chosen a network in the admin yet, it then finds no network and sends them to the dashboard.
 */
export const NetworkGlobalViewRedirect = async (
  props: Args & { tenantsArrayFieldName: string; tenantsArrayTenantFieldName: string },
) => {
  await GlobalViewRedirect({
    ...props,
    tenantArrayFieldName: props.tenantsArrayFieldName,
    tenantArrayTenantFieldName: props.tenantsArrayTenantFieldName,
  })
  return null
}
