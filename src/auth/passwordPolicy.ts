import { dictionary } from '@zxcvbn-ts/language-common'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

let common: Set<string> | undefined
const commonPasswords = async (): Promise<Set<string>> => {
  if (!common) {
    const list = dictionary['passwords-common']
    common = new Set((typeof list === 'function' ? await (list as () => Promise<string[]>)() : list) as string[])
  }
  return common
}

/** A Dutch explanation of what is wrong with a new password, or null when it is acceptable. */
export const passwordProblem = async (password: string): Promise<string | null> => {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens; een zin van een paar woorden werkt goed.`
  if ((await commonPasswords()).has(password.toLowerCase()))
    return 'Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander.'
  return null
}

/** Checks every new password: on create, on update and on a password reset. */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, collection }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null || password === '') return args
  const problem = typeof password === 'string' ? await passwordProblem(password) : 'Vul een wachtwoord in.'
  if (problem)
    throw new ValidationError({ collection: collection.slug, errors: [{ message: problem, path: 'password' }] })
  return args
}
