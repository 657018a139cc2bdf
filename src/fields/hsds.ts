import type { Field, FieldAccess } from 'payload'

/** Pass `context: { [HSDS_IMPORT]: true }` from the HSDS import: only it writes these fields. */
export const HSDS_IMPORT = 'hsdsImport'

const byImport: FieldAccess = ({ req }) => Boolean(req.context?.[HSDS_IMPORT])

/**
 * Where a record came from in an Open Referral import: its HSDS id there (kept, so our export and a
 * next import name it the same), and the values the last import wrote (to tell a local edit from
 * the source's). Written by the import only.
 */
export const hsdsImportFields = (): Field[] => [
  {
    name: 'hsdsId',
    type: 'text',
    label: { nl: 'HSDS-id', en: 'HSDS id' },
    index: true,
    access: { create: byImport, update: byImport },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.hsdsId),
      description: {
        nl: 'Overgenomen uit een Open Referral-import; de export gebruikt dezelfde id.',
        en: 'Taken from an Open Referral import; the export uses the same id.',
      },
    },
  },
  {
    name: 'hsdsImported',
    type: 'json',
    access: { create: byImport, update: byImport },
    admin: { hidden: true },
  },
]
