import { headers } from 'next/headers'

import { getBrand } from '@/brand/load'
import { getPayloadClient } from '@/payloadClient'
import { clientIp } from '@/security/clientAddress'
import { consume, limitMessage } from '@/security/rateLimit'

import { linkProblemMessages, openVerificationLink } from './links'
import { organisationFields, serviceFields, serviceKey, valueAt } from './proposableFields'

export interface FormField {
  key: string
  label: string
  value: string
  multiline: boolean
  required: boolean
  maxLength: number
}

/**
 * The page behind a "Kloppen uw gegevens nog?" link: the organisation's entry as the form's fields,
 * or the Dutch reason the link cannot be used. Counted against the link rate limit per address.
 */
export const loadVerificationPage = async (token: string) => {
  const brand = await getBrand()
  const rate = await consume('verificationLinks', `ip:${clientIp(await headers()) ?? 'unknown'}`)
  if (rate.limited) return { brand, error: limitMessage('verificationLinks', rate.retryAfterSeconds) }
  const link = await openVerificationLink(await getPayloadClient(), token)
  if (!link.ok) return { brand, error: linkProblemMessages[link.problem].message }
  const { organisation, services } = link
  const field = (key: string, doc: object, spec: (typeof organisationFields)[number]): FormField => ({
    key,
    label: spec.label,
    value: valueAt(doc as never, spec.path),
    multiline: Boolean(spec.multiline),
    required: Boolean(spec.required),
    maxLength: spec.maxLength,
  })
  return {
    brand,
    organisation: {
      name: organisation.name,
      fields: organisationFields.map((spec) => field(spec.path, organisation, spec)),
      services: services.map((service) => ({
        name: service.name,
        fields: serviceFields.map((spec) => field(serviceKey(service.id, spec.path), service, spec)),
      })),
    },
  }
}

export type VerificationPageEntry = NonNullable<Awaited<ReturnType<typeof loadVerificationPage>>['organisation']>
