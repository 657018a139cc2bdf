/**
 * The public address of the app; CSRF and CORS allow exactly this origin. Without SERVER_URL it is
 * localhost on the port the server listens on (PORT, as `next dev` and `next start` read it).
 */
export const serverURL = (): string =>
  (
    process.env.SERVER_URL ||
    process.env.NEXT_PUBLIC_SERVER_URL ||
    `http://localhost:${process.env.PORT || 3000}`
  ).replace(/\/+$/, '')
