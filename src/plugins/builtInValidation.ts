import { validations, type Config, type Field, type Validate } from 'payload'

import { mapConfigFields } from './mapFields'

/** `second` runs only on a value `first` accepted; the first refusal is the answer. */
const thenIfValid =
  (first: Validate, second: Validate): Validate =>
  async (value, options) => {
    const result = await first(value, options)
    return result === true ? second(value, options) : result
  }

/**
 * A relation whose own check does all the built-in one would (its choices, read past the editor's
 * rights) says so with `custom.replacesBuiltInCheck`: the built-in check reads the choices with the
 * editor's rights, which may not reach them (an Infopunt's coordinators, for communications staff).
 */
const replacesBuiltInCheck = (field: Field) =>
  (field as { custom?: { replacesBuiltInCheck?: boolean } }).custom?.replacesBuiltInCheck === true

const addBuiltIn = (field: Field): Field => {
  if (!('validate' in field) || typeof field.validate !== 'function' || replacesBuiltInCheck(field)) return field
  const builtIn = validations[field.type as keyof typeof validations] as Validate | undefined
  if (!builtIn) return field
  const custom = field.validate as Validate
  // A relation's own check first: its reason ("Je kunt alleen je eigen doorverwijzingen koppelen.") says
  // more than the built-in one, which only lists the choices outside the field's filter.
  const relation = field.type === 'relationship' || field.type === 'upload'
  return { ...field, validate: relation ? thenIfValid(custom, builtIn) : thenIfValid(builtIn, custom) } as Field
}

/**
 * A field's own `validate` replaces Payload's built-in check for its type, so `maxLength`,
 * `minLength`, `required`, `min`/`max`, `minRows`/`maxRows` and select options would no longer be
 * enforced (a summary with `maxLength: 500` and a custom check stored 1.2 million characters). This
 * runs the built-in check first, on every write path (REST, Local API, the import), and the field's
 * own check only on a value that passed it — so a custom check never sees an over-long value.
 * Relations are the exception: their own check comes first.
 */
export const builtInValidation = (config: Config): Config => mapConfigFields(config, addBuiltIn)
