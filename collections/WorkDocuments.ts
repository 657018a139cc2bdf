import type { CollectionConfig } from 'payload'

import { isInAudience } from '@/access/audience'
import { isContentEditor } from '@/access/isContentEditor'
import { adminGroups } from '@/admin/groups'
import { uploadDir } from '@/db/paths'
import { audienceRolesField } from '@/fields/audienceRoles'
import { updatedByField } from '@/fields/updatedBy'
import { documentUploadRules, dutchUploadErrors, uploadSafety } from '@/security/uploads'
import { fileNotFound } from '@/security/fileNotFound'
import { workDocumentCategoryOptions } from '@/startpage/categories'

export const workDocumentMimeTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
]

/** Job descriptions, rosters, contact lists, training and protocols for the desk staff. */
export const WorkDocuments: CollectionConfig = {
  slug: 'work-documents',
  labels: {
    singular: { nl: 'Werkdocument', en: 'Work document' },
    plural: { nl: 'Werkdocumenten', en: 'Work documents' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'versionDate', 'filename'],
    listSearchableFields: ['title', 'filename'],
  },
  defaultSort: '-versionDate',
  access: {
    read: isInAudience,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
    readVersions: isContentEditor,
  },
  // The history shows communications staff who changed what (each version carries updatedBy).
  versions: { maxPerDoc: 25 },
  hooks: {
    beforeOperation: [uploadSafety(documentUploadRules(workDocumentMimeTypes))],
    afterError: [dutchUploadErrors],
  },
  upload: {
    handlers: [fileNotFound],
    staticDir: uploadDir('work-documents'),
    mimeTypes: workDocumentMimeTypes,
    filesRequiredOnCreate: true,
  },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true },
    {
      name: 'category',
      type: 'select',
      label: { nl: 'Soort document', en: 'Category' },
      required: true,
      options: workDocumentCategoryOptions,
    },
    {
      name: 'versionDate',
      type: 'date',
      label: { nl: 'Versiedatum', en: 'Version date' },
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    audienceRolesField(),
    updatedByField(),
  ],
}
