import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance for server components, route handlers and server actions. */
export const getPayloadClient = (): Promise<Payload> => getPayload({ config })
