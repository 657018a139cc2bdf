import type { FieldHook, TextField, TypeWithID } from 'payload'

import { foldCaseAndAccents } from '@/lib/foldText'

/** "Kulturhus de Mozaïek" → "kulturhus-de-mozaiek" */
export const toSlug = (value: string): string =>
  foldCaseAndAccents(value)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A unique, URL-safe slug filled from another field when left empty. */
export const slugField = (fromField = 'name'): TextField => {
  const fillSlug: FieldHook<TypeWithID & Record<string, unknown>, string | null | undefined> = ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return toSlug(value)
    const source = data?.[fromField]
    return typeof source === 'string' ? toSlug(source) : value
  }
  return {
    name: 'slug',
    type: 'text',
    label: { nl: 'Slug (webadres)', en: 'Slug' },
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        nl: 'Wordt automatisch gevuld vanuit de naam als je dit leeg laat.',
        en: 'Filled from the name when left empty.',
      },
    },
    hooks: { beforeValidate: [fillSlug] },
    validate: (value: string | null | undefined) => {
      if (!value) return 'Vul een naam in, dan maken we de slug automatisch.'
      return SLUG_PATTERN.test(value) ? true : 'Een slug bestaat alleen uit kleine letters, cijfers en streepjes.'
    },
  }
}
