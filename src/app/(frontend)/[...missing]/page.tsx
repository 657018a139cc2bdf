import { notFound } from 'next/navigation'

export const dynamic = 'force-dynamic'

/**
 * Any address no page matches. The app has two root layouts (frontend and admin), so Next.js would
 * answer those with its own English page; this sends them to the frontend's not-found page instead.
 */
export default function UnknownPage() {
  notFound()
}
