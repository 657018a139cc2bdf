import type { GlobalConfig } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { isStaff } from '@/access/isStaff'
import { adminGroups } from '@/admin/groups'
import { DEFAULT_PRIMARY_COLOUR } from '@/brand/defaults'
import { contrastRatio, isHexColour } from '@/lib/contrast'

/** Name, logo, colour and welcome text of this Infopunt installation. */
export const Brand: GlobalConfig = {
  slug: 'brand',
  label: { nl: 'Huisstijl', en: 'Brand' },
  admin: { group: adminGroups.management },
  access: { read: isStaff, update: isContentEditor },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, defaultValue: 'Infopunt' },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { nl: 'Logo', en: 'Logo' } },
    {
      name: 'primaryColour',
      type: 'text',
      label: { nl: 'Hoofdkleur', en: 'Primary colour' },
      required: true,
      defaultValue: DEFAULT_PRIMARY_COLOUR,
      admin: {
        description: {
          nl: 'Als #rrggbb. Witte tekst op deze kleur moet goed leesbaar zijn (contrast minstens 4,5:1).',
          en: 'As #rrggbb; white text on it needs a contrast of at least 4.5:1.',
        },
      },
      validate: (value: string | null | undefined) => {
        if (!isHexColour(value)) return 'Vul een kleur in als #rrggbb, bijvoorbeeld #0b5e6b.'
        const ratio = contrastRatio(value, '#ffffff')
        return ratio >= 4.5
          ? true
          : `Witte tekst op deze kleur is slecht leesbaar (contrast ${ratio.toFixed(1).replace('.', ',')}:1, minimaal 4,5:1). Kies een donkerdere kleur.`
      },
    },
    {
      name: 'introText',
      type: 'textarea',
      label: { nl: 'Introductietekst', en: 'Intro text' },
      defaultValue: 'Welkom bij het digitale Infopunt: alles voor de balie op één plek.',
    },
  ],
}
