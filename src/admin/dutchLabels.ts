import type { CollectionConfig, Config } from 'payload'

type Labels = CollectionConfig['labels']

const dutch = (label: unknown) =>
  typeof label === 'object' && label !== null && 'nl' in label ? (label as { nl: string }).nl : label

/**
 * Collection labels as plain Dutch text. The admin speaks Dutch only, and Payload's document drawer
 * puts a collection's label into the accessible name of a relationship field's "+" without
 * translating it: a label given per language was read out as "Nieuw(e) [object Object] toevoegen".
 */
export const dutchCollectionLabels = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.labels
      ? {
          ...collection,
          labels: {
            singular: dutch(collection.labels.singular),
            plural: dutch(collection.labels.plural),
          } as Labels,
        }
      : collection,
  ),
})
