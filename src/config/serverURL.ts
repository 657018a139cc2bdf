/** The public address of the app; CSRF and CORS allow exactly this origin. */
export const serverURL = (): string =>
  (process.env.SERVER_URL || process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')
