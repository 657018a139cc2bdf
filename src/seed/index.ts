import type { Payload } from 'payload'

/** Demo accounts with a published password must never exist in production, unless it is a demo. */
export const demoDataAllowed = (): boolean =>
  process.env.NODE_ENV !== 'production' || process.env.INFOPUNT_DEMO === 'true'

export const seed = async (payload: Payload): Promise<void> => {
  payload.logger.info('seed: TODO')
}
