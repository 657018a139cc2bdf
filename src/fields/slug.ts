import type { CollectionSlug, FieldHook, TextField, TypeWithID } from 'payload'

import { foldCaseAndAccents } from '@/lib/foldText'

/** "Kulturhus de Mozaïek" → "kulturhus-de-mozaiek" */
export const toSlug = (value: string): string =>
  foldCaseAndAccents(value)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A unique, URL-safe slug filled from another field when left empty. A filled-in slug that is
 * taken ("spreekuur" of another organisation's service) becomes "spreekuur-2": the editor never typed
 * it, so a refusal of it would be a puzzle.
 */
export const slugField = (fromField = 'name'): TextField => {
  const fillSlug: FieldHook<TypeWithID & Record<string, unknown>, string | null | undefined> = async ({
    value,
    data,
    collection,
    originalDoc,
    req,
  }) => {
    if (typeof value === 'string' && value.trim()) return toSlug(value)
    const source = data?.[fromField]
    if (typeof source !== 'string') return value
    const base = toSlug(source)
    if (!base || !collection) return base
    const taken = async (candidate: string) =>
      (
        await req.payload.count({
          collection: collection.slug as CollectionSlug,
          where: {
            and: [
              { slug: { equals: candidate } },
              ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
            ],
          },
          overrideAccess: true,
          req,
        })
      ).totalDocs > 0
    for (let suffix = 1; suffix <= 20; suffix++) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`
      if (!(await taken(candidate))) return candidate
    }
    return base
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
