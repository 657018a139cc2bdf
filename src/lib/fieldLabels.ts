import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { FlattenedField } from 'payload'

/** Paths that name no field of the collection: an upload's file and an account's password. */
const PATHS_WITHOUT_FIELD: Record<string, Record<string, string>> = {
  file: { nl: 'Bestand', en: 'File' },
  password: { nl: 'Wachtwoord', en: 'Password' },
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const labelOfField = (field: FlattenedField, i18n: I18nClient): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'function') return label({ i18n, t: i18n.t as Parameters<typeof label>[0]['t'] }) as string
  return getTranslation(label || field.name, i18n)
}

/** The fields inside a field: an array's, a group's, or (the row's type being unknown here) every block's. */
const childrenOf = (field: FlattenedField): FlattenedField[] => {
  if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => block.flattenedFields)
  return 'flattenedFields' in field ? field.flattenedFields : []
}

/**
 * The name a user knows a field by, for a data path such as `openingHours.0.opens`: "Openingstijden
 * 1 > Open vanaf", in the request's language, built the way Payload labels its own validation
 * errors. Undefined when the path names no field.
 */
export const fieldLabel = (fields: FlattenedField[], path: string, i18n: I18nClient): string | undefined => {
  const segments = path.split('.')
  const special = PATHS_WITHOUT_FIELD[path]
  if (special) return getTranslation(special, i18n)
  const labels: string[] = []
  let current = fields
  for (let index = 0; index < segments.length; index++) {
    const field = current.find((candidate) => candidate.name === segments[index])
    if (!field) return undefined
    let label = capitalise(labelOfField(field, i18n))
    if ((field.type === 'array' || field.type === 'blocks') && /^\d+$/.test(segments[index + 1] ?? '')) {
      label += ` ${Number(segments[index + 1]) + 1}`
      index++
    }
    if (!('label' in field && field.label === false)) labels.push(label)
    current = childrenOf(field)
  }
  return labels.join(' > ')
}
