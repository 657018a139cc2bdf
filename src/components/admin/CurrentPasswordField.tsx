'use client'

import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

// Optional: asked for only when the password or e-mail address changes, which the server checks.
const optional = () => true as const

/** The current password on one's own account page, as a password input (see src/fields/currentPassword.ts). */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={optional} />
)
