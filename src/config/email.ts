import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/** Whether referral e-mails are sent by the server (SMTP configured) or composed in the mail client. */
export const smtpConfigured = (): boolean => Boolean(process.env.SMTP_HOST)

/** Payload's nodemailer adapter when SMTP_HOST is set; otherwise no adapter (mailto: is used instead). */
export const emailAdapter = () => {
  if (!smtpConfigured()) return undefined
  const user = process.env.SMTP_USER
  return nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM || 'infopunt@localhost',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Infopunt',
    skipVerify: true,
    transportOptions: {
      host: process.env.SMTP_HOST,
      port: Number(process.env.SMTP_PORT || 587),
      secure: process.env.SMTP_SECURE === 'true',
      ...(user ? { auth: { user, pass: process.env.SMTP_PASSWORD } } : {}),
    },
  })
}
