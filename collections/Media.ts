import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { adminGroups } from '@/admin/groups'
import { uploadDir } from '@/db/paths'
import { updatedByField } from '@/fields/updatedBy'
import { dutchUploadErrors, imageUploadRules, uploadSafety } from '@/security/uploads'
import { fileNotFound } from '@/security/fileNotFound'

/** Images such as logos; resized with sharp. SVG is not accepted: it can carry script. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { nl: 'Afbeelding', en: 'Image' },
    plural: { nl: 'Afbeeldingen', en: 'Images' },
  },
  admin: {
    group: adminGroups.management,
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
  },
  access: contentAccess,
  hooks: { beforeOperation: [uploadSafety(imageUploadRules)], afterError: [dutchUploadErrors] },
  upload: {
    handlers: [fileNotFound],
    staticDir: uploadDir('media'),
    mimeTypes: imageUploadRules.mimeTypes,
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, fit: 'inside' },
      { name: 'card', width: 480, fit: 'inside' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { nl: 'Alternatieve tekst', en: 'Alt text' },
      required: true,
      admin: { description: { nl: 'Beschrijf de afbeelding voor wie haar niet kan zien.', en: 'Describe the image.' } },
    },
    updatedByField(),
  ],
}
