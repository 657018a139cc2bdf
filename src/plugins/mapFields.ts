import type { Config, Field } from 'payload'

/** Applies `change` to every field of a field list, also inside rows, groups, arrays, collapsibles, tabs and blocks. */
export const mapFields = (fields: Field[], change: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    const changed = change(field)
    if ('fields' in changed && Array.isArray(changed.fields))
      return { ...changed, fields: mapFields(changed.fields, change) } as Field
    if (changed.type === 'tabs')
      return { ...changed, tabs: changed.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    if (changed.type === 'blocks' && Array.isArray(changed.blocks))
      return {
        ...changed,
        blocks: changed.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })),
      }
    return changed
  })

/** Applies `change` to every field of every collection and global of a config. */
export const mapConfigFields = (config: Config, change: (field: Field) => Field): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: mapFields(collection.fields, change),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: mapFields(global.fields, change) })),
})
