/** Next.js calls this once when the server starts; the work itself needs Node.js, not the Edge runtime. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startPayload } = await import('./startup')
    await startPayload()
  }
}
