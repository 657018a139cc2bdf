import type { CollectionConfig } from 'payload'

import { isInAudience } from '@/access/audience'
import { isContentEditor } from '@/access/isContentEditor'
import { adminGroups } from '@/admin/groups'
import { audienceRolesField } from '@/fields/audienceRoles'
import { validateWebsite } from '@/fields/contact'
import { updatedByField } from '@/fields/updatedBy'
import { sourceCategoryOptions } from '@/startpage/categories'

/** A website or tool the desk staff use (digitale bronnen). */
export const DigitalSources: CollectionConfig = {
  slug: 'digital-sources',
  labels: {
    singular: { nl: 'Digitale bron', en: 'Digital source' },
    plural: { nl: 'Digitale bronnen', en: 'Digital sources' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'pinned', 'lastCheck.status', 'url'],
    listSearchableFields: ['title', 'description', 'url'],
  },
  defaultSort: 'order',
  access: {
    read: isInAudience,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
    readVersions: isContentEditor,
  },
  // The history shows communications staff who changed what (each version carries updatedBy).
  versions: { maxPerDoc: 25 },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true },
    {
      name: 'url',
      type: 'text',
      label: { nl: 'Webadres', en: 'URL' },
      required: true,
      validate: (value: string | null | undefined) =>
        value ? validateWebsite(value) : 'Vul het webadres van de bron in.',
    },
    { name: 'description', type: 'textarea', label: { nl: 'Omschrijving', en: 'Description' } },
    {
      name: 'category',
      type: 'select',
      label: { nl: 'Categorie', en: 'Category' },
      required: true,
      defaultValue: 'other',
      options: sourceCategoryOptions,
    },
    audienceRolesField(),
    {
      name: 'pinned',
      type: 'checkbox',
      label: { nl: 'Vastgepind bovenaan', en: 'Pinned' },
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      label: { nl: 'Volgorde', en: 'Order' },
      defaultValue: 100,
      admin: { position: 'sidebar', description: { nl: 'Lager staat hoger.', en: 'Lower comes first.' } },
    },
    {
      name: 'lastCheck',
      type: 'group',
      label: { nl: 'Laatste linkcontrole', en: 'Last link check' },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        {
          name: 'status',
          type: 'select',
          label: { nl: 'Status', en: 'Status' },
          defaultValue: 'unchecked',
          options: [
            { value: 'unchecked', label: { nl: 'Nog niet gecontroleerd', en: 'Not checked yet' } },
            { value: 'ok', label: { nl: 'Werkt', en: 'OK' } },
            { value: 'redirected', label: { nl: 'Doorgestuurd', en: 'Redirected' } },
            { value: 'broken', label: { nl: 'Werkt niet', en: 'Broken' } },
          ],
        },
        { name: 'httpStatus', type: 'number', label: { nl: 'HTTP-status', en: 'HTTP status' } },
        { name: 'finalUrl', type: 'text', label: { nl: 'Uiteindelijk adres', en: 'Final URL' } },
        { name: 'redirects', type: 'textarea', label: { nl: 'Doorverwijzingen', en: 'Redirects' } },
        { name: 'error', type: 'text', label: { nl: 'Foutmelding', en: 'Error' } },
        { name: 'checkedAt', type: 'date', label: { nl: 'Gecontroleerd op', en: 'Checked at' } },
      ],
    },
    updatedByField(),
  ],
}
