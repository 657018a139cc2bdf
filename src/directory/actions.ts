'use server'

import { redirect } from 'next/navigation'

import { currentUser } from '@/auth/currentUser'
import { findActiveOrganisation } from '@/directory/organisationBySlug'
import { isValidationError } from '@/lib/validationError'
import { pageNetwork } from '@/networks/current'
import { getPayloadClient } from '@/payloadClient'

export interface ReportState {
  error?: string
}

/** "Onjuiste informatie melden" from the organisation page; works without JavaScript too. */
export async function reportIncorrectInfo(_previous: ReportState, form: FormData): Promise<ReportState> {
  const user = await currentUser()
  if (!user) redirect('/inloggen')
  const slug = String(form.get('slug') ?? '')
  const payload = await getPayloadClient()
  // Found by slug rather than by an id from the form: ids are numbers or strings depending on the database.
  const organisation = await findActiveOrganisation(payload, slug, pageNetwork(user))
  if (!organisation) return { error: 'Deze organisatie bestaat niet (meer).' }
  try {
    await payload.create({
      collection: 'incorrect-info-reports',
      data: {
        organisation: organisation.id,
        kind: String(form.get('kind') ?? '') as 'phone',
        note: String(form.get('note') ?? '').slice(0, 1000),
        status: 'open',
      },
      user,
      overrideAccess: false,
    })
  } catch (error) {
    if (isValidationError(error) || (error as { status?: number }).status === 400) {
      const fields = isValidationError(error) ? error.data.errors : []
      return { error: fields.map((field) => field.message).join(' ') || 'Controleer wat je hebt ingevuld.' }
    }
    return { error: 'De melding kon niet worden opgeslagen. Probeer het opnieuw.' }
  }
  redirect(`/wegwijzer/${encodeURIComponent(slug)}?gemeld=1#melden`)
}
