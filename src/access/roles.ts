import type { User } from '@/payload-types'

export const roles = ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { nl: string; en: string }> = {
  beheerder: { nl: 'Beheerder', en: 'Administrator' },
  communicatie: { nl: 'Communicatie', en: 'Communications' },
  coordinator: { nl: 'Coördinator', en: 'Coordinator' },
  baliemedewerker: { nl: 'Baliemedewerker', en: 'Desk worker' },
}

export const roleOptions = roles.map((value) => ({ value, label: roleLabels[value] }))

export type MaybeUser = {
  role?: User['role'] | null
  active?: boolean | null
  collection?: string
  networks?: User['networks']
}

/**
 * An active, logged-in user holding one of the given roles. Deactivated accounts hold no role at all,
 * and neither does an account in no network (a platform administrator's): a role is held in a network.
 */
export const hasRole = (user: MaybeUser | null | undefined, ...allowed: Role[]): boolean =>
  Boolean(
    user &&
    user.active !== false &&
    !(Array.isArray(user.networks) && user.networks.length === 0) &&
    allowed.includes(user.role as Role),
  )

/** What a user may do, asked of the user alone: the named predicates beside the access functions. */
export type UserPredicate = (user: MaybeUser | null | undefined) => boolean
