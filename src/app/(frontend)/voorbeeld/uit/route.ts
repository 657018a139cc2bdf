import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

export const dynamic = 'force-dynamic'

/** Leaves preview mode: back to the published startpage. */
export async function GET() {
  ;(await draftMode()).disable()
  redirect('/')
}
