import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { directoryChanged, directoryDeleted } from '@/directory/freshness'
import { slugField } from '@/fields/slug'
import { hsdsImportFields } from '@/fields/hsds'
import { updatedByField } from '@/fields/updatedBy'

/** The taxonomy of help questions (HSDS taxonomy_term). */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: {
    singular: { nl: 'Thema', en: 'Theme' },
    plural: { nl: "Thema's", en: 'Themes' },
  },
  admin: {
    group: adminGroups.directory,
    useAsTitle: 'name',
    defaultColumns: ['name', 'parent', 'synonyms'],
    listSearchableFields: ['name', 'description'],
  },
  defaultSort: 'name',
  hooks: { afterChange: [directoryChanged], afterDelete: [directoryDeleted] },
  access: contentAccess,
  versions: { maxPerDoc: 25 },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, unique: true },
    slugField('name'),
    { name: 'description', type: 'textarea', label: { nl: 'Omschrijving', en: 'Description' } },
    {
      name: 'synonyms',
      type: 'text',
      hasMany: true,
      label: { nl: 'Synoniemen', en: 'Synonyms' },
      admin: {
        description: {
          nl: 'Woorden die bezoekers gebruiken voor dit thema, zoals "schulden" voor schuldhulp. De Wegwijzer zoekt hierop.',
          en: 'Words people use for this theme; the directory search matches them.',
        },
      },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'themes',
      label: { nl: 'Valt onder', en: 'Parent theme' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: (value: unknown, { id }: { id?: number | string }) =>
        value !== undefined && value !== null && id !== undefined && String(value) === String(id)
          ? 'Een thema kan niet onder zichzelf vallen.'
          : true,
    },
    updatedByField(),
    ...hsdsImportFields(),
  ],
}
