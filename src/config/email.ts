import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/** Whether referral e-mails are sent by the server (SMTP configured) or composed in the mail client. */
export const smtpConfigured = (): boolean => Boolean(process.env.SMTP_HOST)

/**
 * `next dev` without SMTP: each e-mail is written to the log whole, so that someone trying the app
 * locally can follow an invitation's link. Never outside development, where the link is a credential:
 * there Payload's own adapter logs the address and subject only. Without SMTP no e-mail to a resident
 * is sent at all (`src/referrals/card.ts`), so none reaches this log.
 */
const developmentLog: EmailAdapter = ({ payload }) => ({
  name: 'development-log',
  defaultFromAddress: 'infopunt@localhost',
  defaultFromName: 'Infopunt',
  sendEmail: async (message) => {
    payload.logger.info(
      `E-mail not sent (no SMTP_HOST), shown here in development only.\nTo: ${String(message.to)}\nSubject: ${message.subject}\n\n${message.text ?? ''}`,
    )
  },
})

/** Payload's nodemailer adapter when SMTP_HOST is set; otherwise the log in development, else none (mailto: is used instead). */
export const emailAdapter = () => {
  if (!smtpConfigured()) return process.env.NODE_ENV === 'development' ? developmentLog : undefined
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
