import type { TextField } from 'payload'

/**
 * The current password, asked on one's own account page: changing one's own password or e-mail
 * address needs it (src/auth/accountChanges.ts). Virtual: checked on save, never stored or returned.
 */
export const currentPasswordField = (): TextField => ({
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: { nl: 'Huidig wachtwoord', en: 'Current password' },
  admin: {
    condition: (data, _siblingData, { user }) => Boolean(user && data?.id !== undefined && data.id === user.id),
    description: {
      nl: 'Alleen nodig als je je wachtwoord of e-mailadres wijzigt.',
      en: 'Only needed to change your password or e-mail address.',
    },
    components: { Field: '/src/components/admin/CurrentPasswordField#CurrentPasswordField' },
  },
})
