/** Next.js calls this once when the server starts; the work itself needs Node.js, not the Edge runtime. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Before Payload starts: every request is to carry the address it really came from.
    const { appendPeerAddressToEveryRequest } = await import('./security/clientAddress')
    appendPeerAddressToEveryRequest()
    const { startPayload } = await import('./startup')
    await startPayload()
  }
}
