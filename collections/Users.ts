import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { canReadColleagues, isAdminOrOwnAccountField, onlyByInvitation } from '@/access/colleagues'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { adminGroups } from '@/admin/groups'
import { protectLoginFields } from '@/auth/accountChanges'
import { equalLoginWork } from '@/auth/equalLoginWork'
import { enforcePasswordPolicy } from '@/auth/passwordPolicy'
import { capRefreshedToken, refuseEndedSessions } from '@/auth/sessionLifetime'
import { currentPasswordField } from '@/fields/currentPassword'
import { roleField } from '@/fields/role'
import { networksField } from '@/fields/networks'
import { clearLoginAttempts, limitLoginAttempts, limitPasswordResets } from '@/security/loginRateLimit'
import { startpageContentHooks } from '@/startpage/freshness'
import { deleteCompletionsOfUser } from '@/trainings/hooks'
import { acceptInvitationEndpoint, deactivationEndpoints, inviteEndpoint } from '@/people/endpoints'
import { deleteInvitationsOfUser, firstAccountIsAdministrator, ownAccountStaysActive } from '@/people/hooks'
import { rolesIntoNetworks } from '@/people/networkRoles'
import { networkRoleStrategy } from '@/auth/networkRoleStrategy'
import { accountsOfOtherNetworksStay, accountsOfOtherNetworksStayOnDelete, joinDefaultNetwork } from '@/networks/hooks'

const isProduction = process.env.NODE_ENV === 'production'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { nl: 'Gebruiker', en: 'User' },
    plural: { nl: 'Gebruikers', en: 'Users' },
  },
  auth: {
    // Every authenticated request loads its user: ids only, no populated relations.
    depth: 0,
    // One working day at the desk; refreshing extends it up to 12 hours after the login (src/auth/sessionLifetime.ts).
    tokenExpiration: 8 * 60 * 60,
    // No lock for everyone after failed logins (anyone could keep a colleague out with it): failed
    // logins are throttled per address and account instead (src/security/loginRateLimit.ts).
    maxLoginAttempts: 0,
    // The role is held per network: the session's user carries the current network's (src/people/networkRoles.ts).
    strategies: [networkRoleStrategy],
    cookies: {
      sameSite: 'Lax',
      secure: isProduction,
    },
  },
  admin: {
    group: adminGroups.management,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'organisation', 'defaultLocation', 'active'],
    listSearchableFields: ['name', 'email'],
    // "Nieuwe aanmaken" is gone (nobody may create): the way in is the invitation.
    components: { beforeList: ['/src/components/admin/InviteColleagueLink#InviteColleagueLink'] },
  },
  endpoints: [inviteEndpoint, acceptInvitationEndpoint, ...deactivationEndpoints],
  access: {
    admin: ({ req: { user } }) => Boolean(user && user.active !== false),
    create: onlyByInvitation,
    read: canReadColleagues,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [
      limitLoginAttempts,
      limitPasswordResets,
      equalLoginWork,
      refuseEndedSessions,
      protectLoginFields,
      enforcePasswordPolicy,
    ],
    beforeChange: [
      firstAccountIsAdministrator,
      joinDefaultNetwork,
      accountsOfOtherNetworksStay,
      ownAccountStaysActive,
      rolesIntoNetworks,
    ],
    // Names on the startpage's roster (kept in memory there) come from here.
    ...startpageContentHooks,
    afterLogin: [clearLoginAttempts],
    beforeDelete: [accountsOfOtherNetworksStayOnDelete, deleteCompletionsOfUser, deleteInvitationsOfUser],
    refresh: [capRefreshedToken],
    beforeLogin: [
      ({ user }) => {
        if (user.active === false) {
          throw new APIError('Dit account is gedeactiveerd. Neem contact op met de beheerder.', 403, null, true)
        }
        return user
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true },
    // Merged into Payload's own e-mail field: only administrators change e-mail addresses (see protectLoginFields)
    // and read colleagues' addresses.
    {
      name: 'email',
      type: 'email',
      label: { nl: 'E-mailadres', en: 'E-mail' },
      access: { read: isAdminOrOwnAccountField, update: isAdminField },
    },
    currentPasswordField(),
    roleField(),
    {
      name: 'active',
      type: 'checkbox',
      label: { nl: 'Actief', en: 'Active' },
      defaultValue: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: { nl: 'Een inactief account kan niet inloggen.', en: 'Inactive accounts cannot log in.' },
      },
    },
    {
      name: 'deactivate',
      type: 'ui',
      label: { nl: 'Deactiveren', en: 'Deactivate' },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.id),
        components: { Field: '/src/components/admin/DeactivateField#DeactivateField' },
      },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: { nl: 'Organisatie', en: 'Organisation' },
      admin: { description: { nl: 'De partnerorganisatie waarvoor deze persoon werkt.', en: 'Employer.' } },
    },
    networksField(),
    {
      name: 'platformAdministrator',
      type: 'checkbox',
      label: { nl: 'Platformbeheerder', en: 'Platform administrator' },
      defaultValue: false,
      saveToJWT: true,
      // Handed out on the server only (the demo seed, or `npm run platform:administrator`), never through the API.
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => data?.platformAdministrator === true,
        description: {
          nl: 'Beheert de netwerken van deze installatie en ziet alleen cijfers over alle netwerken samen.',
          en: 'Manages the networks and sees figures across networks in aggregate only.',
        },
      },
    },
    {
      name: 'staffKind',
      type: 'select',
      label: { nl: 'Aan de balie als', en: 'At the desk as' },
      options: [
        { value: 'professional', label: { nl: 'Beroepskracht', en: 'Professional' } },
        { value: 'volunteer', label: { nl: 'Vrijwilliger', en: 'Volunteer' } },
      ],
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'trainings',
      type: 'join',
      collection: 'training-completions',
      on: 'user',
      label: { nl: 'Gevolgde trainingen', en: 'Trainings completed' },
      admin: {
        defaultColumns: ['training', 'completedOn'],
        description: {
          nl: 'Wie een verplichte training nog niet heeft gevolgd, staat als "in opleiding". Overzicht: /trainingen.',
          en: 'Overview at /trainingen.',
        },
      },
    },
    {
      name: 'defaultLocation',
      type: 'relationship',
      relationTo: 'locations',
      label: { nl: 'Vast Infopunt', en: 'Default desk' },
      admin: {
        description: {
          nl: 'Wordt vooraf ingevuld bij het registreren van een hulpvraag.',
          en: 'Preselected when registering a question.',
        },
      },
    },
  ],
}
