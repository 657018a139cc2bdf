import type { Access, AccessArgs, CollectionConfig, Config, Field, FilterOptions, Where } from 'payload'

import {
  offersOf,
  organisationsInView,
  regionalOrganisations,
  servicesOfRegionalOrganisations,
} from '@/directory/regional'
import { idOf, type Id } from '@/lib/relations'

import { currentNetworkOf } from './current'

/**
 * What the multi-tenant plugin cannot express: a regional organisation belongs to one network but is
 * read by the whole region (src/directory/regional.ts). Applied after the plugin, this widens read
 * access to regional organisations and their services, and lets the relationship fields marked
 * `custom.choose` pick beyond the record's own network.
 */
const alsoReadable: Record<string, Where> = {
  organisations: regionalOrganisations,
  services: servicesOfRegionalOrganisations,
}

const widenedRead =
  (read: Access, beyond: Where): Access =>
  async (args: AccessArgs) => {
    const result = await read(args)
    if (result === false || result === true) return result
    // Only staff of some network (the plugin's condition is a `where` for them) read beyond it.
    return { or: [result, beyond] }
  }

type Choice = 'regionalElsewhere' | 'inView'

const networkOfChoice = (args: Parameters<Extract<FilterOptions, (...args: never[]) => unknown>>[0]): Id | null => {
  const named = idOf((args.data as { network?: Id | { id: Id } } | undefined)?.network)
  return named ?? currentNetworkOf(args.req.user, args.req.headers)
}

/** The organisations a field may name: another network's regional ones, or those in the network's view. */
const choices: Record<Choice, FilterOptions> = {
  regionalElsewhere: async (args) => {
    const network = networkOfChoice(args)
    if (network === null) return regionalOrganisations
    // Those the network offers already are left out, but for the one this offer names.
    const chosen = String(idOf((args.data as { organisation?: Id | { id: Id } } | undefined)?.organisation) ?? '')
    const offered = [...(await offersOf(args.req.payload, network)).keys()].filter((id) => id !== chosen)
    return {
      and: [
        regionalOrganisations,
        { network: { not_equals: network } },
        ...(offered.length > 0 ? [{ id: { not_in: offered } }] : []),
      ],
    }
  },
  inView: async (args) => {
    const network = networkOfChoice(args)
    return network === null ? false : organisationsInView(network, await offersOf(args.req.payload, network))
  },
}

const withChoices = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    const choice = (field as { custom?: { choose?: Choice } }).custom?.choose
    if (field.type === 'relationship' && choice) return { ...field, filterOptions: choices[choice] }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withChoices(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withChoices(field.fields) } as Field
    return field
  })

const regionalCollection = (collection: CollectionConfig): CollectionConfig => {
  const beyond = alsoReadable[collection.slug]
  const read = collection.access?.read
  return {
    ...collection,
    ...(beyond && read && { access: { ...collection.access, read: widenedRead(read, beyond) } }),
    fields: withChoices(collection.fields),
  }
}

export const regionalRelations = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(regionalCollection),
})
