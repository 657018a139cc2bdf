/**
 * Connects to the database at server start: applies pending migrations in production, checks the
 * secrets and seeds an empty development database, so a misconfigured server fails at once rather
 * than on its first request.
 */
export const startPayload = async (): Promise<void> => {
  try {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await getPayload({ config })
  } catch (error) {
    console.error(`Infopunt cannot start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
