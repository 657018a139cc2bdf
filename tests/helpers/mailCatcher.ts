import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export interface CaughtMail {
  to: string[]
  raw: string
}

export interface MailCatcher {
  /** Every message received so far, oldest first. */
  received: CaughtMail[]
  /** The settings that point the app's nodemailer adapter at this server. */
  env: { SMTP_HOST: string; SMTP_PORT: string; SMTP_FROM: string }
  close: () => Promise<void>
}

/**
 * A real SMTP server on loopback that keeps every message the app sends, for tests to read. Addresses
 * at `refuseDomain` are refused with a 550, as a mail server refuses an unknown mailbox.
 */
export const startMailCatcher = async ({ refuseDomain }: { refuseDomain?: string } = {}): Promise<MailCatcher> => {
  const received: CaughtMail[] = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, session, callback) {
      if (refuseDomain && address.address.endsWith(`@${refuseDomain}`))
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk) => (raw += chunk))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo
  return {
    received,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_FROM: 'infopunt@example.org' },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  }
}
