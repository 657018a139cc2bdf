import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { isAdministrator } from '@/access/isAdmin'
import { roleLabels, roles, type Role } from '@/access/roles'
import { canGuideStaff } from '@/access/trainings'
import { networksOf } from '@/networks/current'
import { passwordProblem } from '@/auth/passwordPolicy'
import { hashLinkToken, newLinkToken } from '@/lib/linkTokens'
import { idOf } from '@/lib/relations'
import { serverURL } from '@/config/serverURL'
import type { Network, User } from '@/payload-types'

export const INVITATION_DAYS = 7

export class InvitationError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

export interface InviteInput {
  name?: unknown
  email?: unknown
  role?: unknown
  defaultLocation?: unknown
  staffKind?: unknown
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Which roles an inviter may hand out: administrators any, coordinators desk workers only. */
export const invitableRoles = (inviter: User): Role[] =>
  isAdministrator(inviter) ? [...roles] : canGuideStaff(inviter) ? ['baliemedewerker'] : []

/** Where an invitation leads: the network the new colleague joins, and the roles the inviter may give there. */
export interface InvitationScope {
  network: Network['id'] | undefined
  roles: Role[]
}

/** A colleague's invitation: into the inviter's (current) network, with the roles the inviter may hand out. */
export const colleagueScope = (inviter: User): InvitationScope => ({
  network: networksOf(inviter)[0],
  roles: invitableRoles(inviter),
})

/**
 * Makes the account of a new colleague and e-mails them a link to set their own password: nobody
 * else ever knows it (the account starts with a random one). The link works once, for
 * INVITATION_DAYS days. Nothing is kept when the e-mail cannot be sent.
 */
export const inviteColleague = async (
  payload: Payload,
  inviter: User,
  input: InviteInput,
  now = new Date(),
  scope: InvitationScope = colleagueScope(inviter),
) => {
  const allowed = scope.roles
  if (allowed.length === 0) throw new InvitationError('Alleen coördinatoren en beheerders nodigen collega’s uit.', 403)
  const name = typeof input.name === 'string' ? input.name.trim() : ''
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  const role = (input.role ?? 'baliemedewerker') as Role
  if (!name) throw new InvitationError('Vul de naam van je nieuwe collega in.', 400)
  if (!EMAIL.test(email))
    throw new InvitationError('Vul een geldig e-mailadres in, bijvoorbeeld naam@example.org.', 400)
  if (!allowed.includes(role))
    throw new InvitationError(
      canGuideStaff(inviter) ? 'Als coördinator nodig je baliemedewerkers uit.' : 'Kies een bestaande rol.',
      400,
    )
  // Exactly one of the two words: String(['volunteer']) would pass a looser check and reach the database.
  const staffKind = input.staffKind === null || input.staffKind === '' ? undefined : input.staffKind
  if (staffKind !== undefined && !(typeof staffKind === 'string' && ['professional', 'volunteer'].includes(staffKind)))
    throw new InvitationError('Kies beroepskracht of vrijwilliger.', 400)
  const [existing] = (
    await payload.find({
      collection: 'users',
      overrideAccess: true,
      depth: 0,
      limit: 1,
      pagination: false,
      where: { email: { equals: email } },
    })
  ).docs
  if (existing) return joinNetwork(payload, inviter, existing, role, scope.network)
  // The form sends the Infopunt's id as text: the stored document's own id is used (ids are opaque).
  let defaultLocation: number | string | undefined
  if (input.defaultLocation !== undefined && input.defaultLocation !== null && input.defaultLocation !== '') {
    // Only an id: the database would read `true` as 1.
    if (!['string', 'number'].includes(typeof input.defaultLocation))
      throw new InvitationError('Dit Infopunt bestaat niet.', 400)
    // Read as the inviter: an Infopunt of another network does not exist for them.
    const location = await payload
      .findByID({
        collection: 'locations',
        id: input.defaultLocation as number,
        depth: 0,
        disableErrors: true,
        overrideAccess: false,
        user: inviter,
      })
      .catch(() => null)
    if (!location) throw new InvitationError('Dit Infopunt bestaat niet.', 400)
    defaultLocation = location.id
  }

  const { network } = scope
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    data: {
      name,
      email,
      role,
      active: true,
      // Random and never shown: the invitee chooses their own password through the link.
      password: randomBytes(32).toString('base64url'),
      defaultLocation: defaultLocation as number | undefined,
      staffKind: staffKind as User['staffKind'],
      // The new colleague joins the network of the invitation.
      networks: network === undefined ? [] : [{ network, role }],
    },
  })
  const { token, hash } = newLinkToken()
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86400_000)
  await payload.create({
    collection: 'invitations',
    overrideAccess: true,
    depth: 0,
    data: { user: user.id, tokenHash: hash, expiresAt: expiresAt.toISOString(), invitedBy: inviter.id, network },
  })
  const link = `${serverURL()}/uitnodiging/${token}`
  try {
    await payload.sendEmail({
      to: email,
      subject: 'Welkom bij het digitale Infopunt: kies je wachtwoord',
      text: [
        `Hallo ${name},`,
        '',
        `${inviter.name} heeft een account voor je gemaakt in het digitale Infopunt.`,
        `Kies via deze link je eigen wachtwoord (de link werkt één keer, tot ${dutchDate(expiresAt)}):`,
        '',
        link,
        '',
        'Daarna log je in met dit e-mailadres. Tot je de verplichte trainingen hebt gevolgd, ben je "in opleiding" en werk je naast een opgeleide collega.',
      ].join('\n'),
    })
  } catch {
    await payload.delete({ collection: 'invitations', where: { user: { equals: user.id } }, overrideAccess: true })
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    throw new InvitationError(
      'De uitnodiging kon niet worden verstuurd. Er is niets opgeslagen; probeer het later opnieuw.',
      502,
    )
  }
  return { id: user.id, name, email, expiresAt: expiresAt.toISOString() }
}

const dutchDate = (date: Date) =>
  date.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long' })

/**
 * Someone who already has an account (in another network) joins the inviter's network with the role
 * given, and keeps their own account and password: they are told by e-mail and switch networks in the
 * header or the admin. What the account holds everywhere (name, Infopunt, kind of staff) stays theirs.
 * Nothing is kept when the e-mail cannot be sent.
 */
const joinNetwork = async (
  payload: Payload,
  inviter: User,
  account: User,
  role: Role,
  network: Network['id'] | undefined,
) => {
  const rows = account.networks ?? []
  if (network === undefined || account.platformAdministrator)
    throw new InvitationError('Dit account kan niet aan een netwerk worden toegevoegd.', 400)
  if (rows.some((row) => String(idOf(row.network)) === String(network)))
    throw new InvitationError('Deze collega werkt al in dit netwerk.', 400)
  const joined = [...rows, { network, role }]
  const update = (networks: typeof rows) =>
    payload.update({ collection: 'users', id: account.id, overrideAccess: true, depth: 0, data: { networks } })
  await update(joined)
  const { name: networkName } = await payload.findByID({ collection: 'networks', id: network, depth: 0 })
  try {
    await payload.sendEmail({
      to: account.email,
      subject: `Je werkt nu ook in ${networkName} in het digitale Infopunt`,
      text: [
        `Hallo ${account.name},`,
        '',
        `${inviter.name} heeft je toegevoegd aan ${networkName}, als ${roleLabels[role].nl.toLowerCase()}.`,
        'Je logt in met je eigen account en wachtwoord, zoals je gewend bent. Kies daarna het netwerk in de kop van de pagina of in het beheer.',
      ].join('\n'),
    })
  } catch {
    await update(rows)
    throw new InvitationError(
      'De uitnodiging kon niet worden verstuurd. Er is niets opgeslagen; probeer het later opnieuw.',
      502,
    )
  }
  return { id: account.id, name: account.name, email: account.email, joined: networkName }
}

/** The invitation behind a link, when it can still be used. */
const openInvitation = async (payload: Payload, token: string, now: Date) => {
  if (!token || token.length > 100) return null
  const { docs } = await payload.find({
    collection: 'invitations',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: {
      and: [{ tokenHash: { equals: hashLinkToken(token) } }, { expiresAt: { greater_than: now.toISOString() } }],
    },
  })
  return docs[0] ?? null
}

/** The invitee's name for the page behind the link, or null when the link is expired or used. */
export const invitationFor = async (payload: Payload, token: string, now = new Date()) => {
  const invitation = await openInvitation(payload, token, now)
  if (!invitation) return null
  const user = await payload.findByID({
    collection: 'users',
    id: invitation.user as number,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  return user && user.active !== false ? { name: user.name, email: user.email } : null
}

/** Sets the invitee's own password (the project's password policy) and uses the invitation up. */
export const acceptInvitation = async (payload: Payload, token: unknown, password: unknown, now = new Date()) => {
  const invitation = typeof token === 'string' ? await openInvitation(payload, token, now) : null
  if (!invitation)
    throw new InvitationError('Deze uitnodiging is verlopen of al gebruikt. Vraag je coördinator om een nieuwe.', 410)
  if (typeof password !== 'string') throw new InvitationError('Kies een wachtwoord.', 400)
  const problem = await passwordProblem(password)
  if (problem) throw new InvitationError(problem, 400)
  await payload.update({
    collection: 'users',
    id: invitation.user as number,
    overrideAccess: true,
    depth: 0,
    data: { password },
  })
  await payload.delete({
    collection: 'invitations',
    where: { user: { equals: invitation.user } },
    overrideAccess: true,
  })
  return { ok: true }
}

/** What the invite form offers the inviter: the roles they may hand out and the Infopunten. */
export const inviteOptions = async (payload: Payload, inviter: User) => {
  const { docs } = await payload.find({
    collection: 'locations',
    user: inviter,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true },
  })
  return { roles: invitableRoles(inviter), locations: docs.map(({ id, name }) => ({ id, name })) }
}
