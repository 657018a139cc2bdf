import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { AccessArgs, CollectionConfig, CollectionSlug, Config } from 'payload'

import { defaultNetwork } from './current'
import { accessWithinCurrentNetwork } from './currentNetworkAccess'
import { filesOfOtherNetworksAreNotFound } from './files'
import { otherNetworksRecordsDoNotExist } from './hooks'
import { regionalRelations } from './regionalRelations'

/**
 * What belongs to one network: everything but the shared taxonomy of themes, the accounts (which
 * name their networks), a person's own calendar tokens and the report tallies (kept per Infopunt,
 * which is a network's, and read by no API).
 */
export const networkCollections = [
  'organisations',
  'services',
  'regional-offers',
  'incorrect-info-reports',
  'organisation-proposals',
  'verification-requests',
  'locations',
  'municipalities',
  'kernen',
  'referral-mailboxes',
  'roster-shifts',
  'digital-sources',
  'work-documents',
  'registrations',
  'export-audits',
  'registration-imports',
  'directory-imports',
  'referrals',
  'referral-links',
  'media',
  'trainings',
  'training-completions',
  'invitations',
  'startpages',
] as const satisfies CollectionSlug[]

/** Collections with one document per network, which the admin opens as that network's "global". */
const oneDocumentPerNetwork: readonly string[] = ['startpages']

const isNetworkCollection = (slug: string) => (networkCollections as readonly string[]).includes(slug)

/**
 * Payload's multi-tenant plugin with networks as tenants: every record above gets a `network`, every
 * account a list of `networks`, and every access rule the condition that the record's network is one of
 * the reader's. Nobody sees all networks.
 */
const multiTenant = multiTenantPlugin({
  tenantsSlug: 'networks',
  tenantField: {
    name: 'network',
    label: { nl: 'Netwerk', en: 'Network' },
    defaultValue: defaultNetwork,
  },
  // The accounts' list of networks is `networksField` in collections/Users.ts, labelled in Dutch.
  tenantsArrayField: { includeDefaultField: false, arrayFieldName: 'networks', arrayTenantFieldName: 'network' },
  tenantSelectorLabel: { nl: 'Netwerk', en: 'Network' },
  // Access to networks themselves is collections/Networks.ts's: the platform administrator is in none.
  useTenantsCollectionAccess: false,
  collections: Object.fromEntries(
    networkCollections.map((slug) => [slug, { isGlobal: oneDocumentPerNetwork.includes(slug) }]),
  ),
  userHasAccessToAllTenants: () => false,
  i18n: {
    translations: {
      nl: {
        'assign-tenant-button-label': 'Netwerk kiezen',
        'assign-tenant-modal-title': 'Kies het netwerk van "{{title}}"',
        'field-assignedTenant-label': 'Netwerk',
        'nav-tenantSelector-label': 'Netwerk',
      },
    },
  },
})

/**
 * The plugin writes into each collection's `access` and `hooks`; collections share those objects
 * (`contentAccess`), so each gets its own copy first, or themes would end up asking for a network.
 * Changing or deleting another network's record by id answers 404, as reading it does.
 */
const ownAccessAndHooks = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    access: { ...collection.access },
    // Read access as the collection defines it, before the network condition (src/security/queryFieldAccess.ts).
    ...((isNetworkCollection(collection.slug) || collection.slug === 'users') && {
      custom: {
        ...collection.custom,
        readWithinNetwork: collection.access?.read ?? (({ req }: AccessArgs) => Boolean(req.user)),
      },
    }),
    hooks: {
      ...Object.fromEntries(
        Object.entries(collection.hooks ?? {}).map(([name, hooks]) => [
          name,
          Array.isArray(hooks) ? [...hooks] : hooks,
        ]),
      ),
      ...(isNetworkCollection(collection.slug) && {
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), otherNetworksRecordsDoNotExist],
      }),
    },
  })),
})

const PLUGIN_PROVIDER = '@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider'
const PLUGIN_REDIRECT = '@payloadcms/plugin-multi-tenant/rsc#GlobalViewRedirect'

/** A component of the plugin's, in a list of the admin's, replaced by ours. */
const replaced = <T>(components: T[] | undefined, path: string, ours: string): T[] | undefined =>
  components?.map((component) =>
    typeof component === 'object' && component !== null && (component as { path?: string }).path === path
      ? { ...component, path: ours }
      : component,
  )

/**
 * The plugin's network selection in the admin, only for someone logged in (see NetworkSelectionProvider),
 * and its redirect to a network's startpage with the names it needs (see NetworkGlobalViewRedirect).
 */
const pluginComponentsMended = (config: Config): Config => {
  const components = config.admin?.components
  const providers = replaced(
    components?.providers,
    PLUGIN_PROVIDER,
    '/src/components/admin/NetworkSelectionProvider#NetworkSelectionProvider',
  )
  const actions = replaced(
    components?.actions,
    PLUGIN_REDIRECT,
    '/src/components/admin/NetworkGlobalViewRedirect#NetworkGlobalViewRedirect',
  )
  return { ...config, admin: { ...config.admin, components: { ...components, providers, actions } } }
}

/** Access per role and network: a role counts in the network being worked in only (src/networks/currentNetworkAccess.ts). */
const withinCurrentNetwork = (collection: CollectionConfig): CollectionConfig =>
  isNetworkCollection(collection.slug) || collection.slug === 'users'
    ? accessWithinCurrentNetwork(collection)
    : collection.slug === 'networks'
      ? accessWithinCurrentNetwork(collection, ['create', 'update', 'delete'])
      : collection

export const networks = (config: Config): Config => {
  const withNetworks = regionalRelations(pluginComponentsMended(multiTenant(ownAccessAndHooks(config)) as Config))
  return {
    ...withNetworks,
    collections: withNetworks.collections?.map((collection) =>
      withinCurrentNetwork(
        isNetworkCollection(collection.slug) ? filesOfOtherNetworksAreNotFound(collection) : collection,
      ),
    ),
  }
}
