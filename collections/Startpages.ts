import type { CollectionConfig } from 'payload'

import { dayAndTime } from '@/fields/dayAndTime'
import { canEditContent, isContentEditor } from '@/access/isContentEditor'
import { canReadStartpage, draftsForEditorsOnly } from '@/access/startpage'
import { adminGroups } from '@/admin/groups'
import { serverURL } from '@/config/serverURL'
import { validateWebsite } from '@/fields/contact'
import { updatedByField } from '@/fields/updatedBy'
import type { User } from '@/payload-types'
import { startpageChanged } from '@/startpage/freshness'
import { startpageSectionOptions, defaultSectionOrder } from '@/startpage/sections'

/**
 * A network's startpage as its communications staff keep it: intro, announcements, links, order. One
 * per network (Payload's multi-tenant plugin keeps it as a "global" of the network: the admin opens
 * the current network's); every network gets its own when it is made (src/startpage/perNetwork.ts).
 */
export const Startpages: CollectionConfig = {
  slug: 'startpages',
  labels: {
    singular: { nl: 'Startpagina', en: 'Startpage' },
    plural: { nl: 'Startpagina', en: 'Startpage' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'title',
    description: {
      nl: 'Wat elke baliemedewerker ziet bij het begin van een dienst. Wijzigingen zijn eerst een concept; pas na Publiceren ziet de balie ze.',
      en: 'What every desk worker sees at the start of a shift. Changes are drafts until published.',
    },
    livePreview: { url: () => `${serverURL()}/voorbeeld?pad=/` },
    preview: () => `${serverURL()}/voorbeeld?pad=/`,
    // The admin opens the draft, which only editors read; the others see the startpage itself at /.
    hidden: ({ user }) => !canEditContent(user as User),
  },
  access: {
    read: canReadStartpage,
    create: isContentEditor,
    update: isContentEditor,
    delete: () => false,
    readVersions: isContentEditor,
  },
  hooks: { beforeOperation: [draftsForEditorsOnly], afterChange: [startpageChanged] },
  versions: { drafts: { autosave: { interval: 800 } }, maxPerDoc: 50 },
  fields: [
    {
      // The admin's title for the document: the network's name (the startpage itself shows no title).
      name: 'title',
      type: 'text',
      virtual: 'network.name',
      admin: { hidden: true },
    },
    {
      name: 'intro',
      type: 'textarea',
      label: { nl: 'Introductietekst', en: 'Intro text' },
      admin: {
        description: {
          nl: 'Bovenaan de startpagina, onder de begroeting. Leeg: de tekst uit Huisstijl.',
          en: 'Shown at the top. Empty: the brand intro text.',
        },
      },
    },
    {
      name: 'announcements',
      type: 'array',
      label: { nl: 'Mededelingen', en: 'Announcements' },
      labels: {
        singular: { nl: 'Mededeling', en: 'Announcement' },
        plural: { nl: 'Mededelingen', en: 'Announcements' },
      },
      admin: { initCollapsed: true },
      fields: [
        { name: 'title', type: 'text', label: { nl: 'Kop', en: 'Title' }, required: true },
        { name: 'body', type: 'textarea', label: { nl: 'Tekst', en: 'Text' } },
        {
          type: 'row',
          fields: [
            {
              name: 'publishAt',
              type: 'date',
              label: { nl: 'Tonen vanaf', en: 'Show from' },
              admin: {
                width: '50%',
                date: dayAndTime({ displayFormat: 'd MMM yyyy HH:mm' }),
              },
            },
            {
              name: 'expiresAt',
              type: 'date',
              label: { nl: 'Tonen tot', en: 'Show until' },
              admin: {
                width: '50%',
                date: dayAndTime({ displayFormat: 'd MMM yyyy HH:mm' }),
              },
              validate: (
                value: Date | string | null | undefined,
                { siblingData }: { siblingData: Record<string, unknown> },
              ) => {
                if (!value || !siblingData?.publishAt) return true
                return new Date(value).getTime() > new Date(siblingData.publishAt as string).getTime()
                  ? true
                  : '"Tonen tot" moet na "Tonen vanaf" liggen.'
              },
            },
          ],
        },
        {
          name: 'important',
          type: 'checkbox',
          label: { nl: 'Belangrijk (opvallend tonen)', en: 'Important' },
          defaultValue: false,
        },
      ],
    },
    {
      name: 'pinnedLinks',
      type: 'array',
      label: { nl: 'Vastgepinde links', en: 'Pinned links' },
      labels: { singular: { nl: 'Link', en: 'Link' }, plural: { nl: 'Links', en: 'Links' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'label',
              type: 'text',
              label: { nl: 'Tekst', en: 'Label' },
              required: true,
              admin: { width: '40%' },
            },
            {
              name: 'url',
              type: 'text',
              label: { nl: 'Webadres', en: 'URL' },
              required: true,
              admin: { width: '60%' },
              validate: (value: string | null | undefined) => {
                if (!value) return 'Vul het webadres in.'
                if (value.startsWith('/') && !value.startsWith('//')) return true
                return validateWebsite(value)
              },
            },
          ],
        },
      ],
    },
    {
      name: 'sections',
      type: 'select',
      hasMany: true,
      label: { nl: 'Volgorde van de onderdelen', en: 'Section order' },
      options: startpageSectionOptions,
      defaultValue: defaultSectionOrder,
      admin: {
        isSortable: true,
        description: {
          nl: 'Sleep om de volgorde te wijzigen. Een onderdeel dat hier ontbreekt, staat niet op de startpagina.',
          en: 'Drag to reorder; missing sections are hidden.',
        },
      },
    },
    updatedByField(),
  ],
}
