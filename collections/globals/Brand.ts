import type { GlobalConfig } from 'payload'

import { canEditInstallationBrand } from '@/access/installationBrand'
import { isStaff } from '@/access/isStaff'
import { adminGroups } from '@/admin/groups'
import { DEFAULT_PRIMARY_COLOUR } from '@/brand/defaults'
import { brandColourField } from '@/fields/brand'

/** Name, logo, colour and welcome text of this Infopunt installation. */
export const Brand: GlobalConfig = {
  slug: 'brand',
  label: { nl: 'Huisstijl', en: 'Brand' },
  admin: {
    group: adminGroups.management,
    description: {
      nl: 'De huisstijl van de installatie: van elk netwerk zonder eigen huisstijl, en van de inlogpagina. Een netwerk kan een eigen huisstijl hebben (Beheer › Netwerken).',
      en: "The installation's brand: every network's without one of its own, and the login page's.",
    },
  },
  access: { read: isStaff, update: canEditInstallationBrand },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true, defaultValue: 'Infopunt' },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { nl: 'Logo', en: 'Logo' } },
    { ...brandColourField(), defaultValue: DEFAULT_PRIMARY_COLOUR },
    {
      name: 'introText',
      type: 'textarea',
      label: { nl: 'Introductietekst', en: 'Intro text' },
      defaultValue: 'Welkom bij het digitale Infopunt: alles voor de balie op één plek.',
    },
  ],
}
