import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { addDays, localParts, startOfLocalDay } from '@/lib/localTime'
import { findUserLocations } from '@/locations/userLocations'
import type { DigitalSource, ReferralMailbox, Startpage, User, WorkDocument } from '@/payload-types'
import { loadBackupContacts, type BackupContact } from '@/locations/backup'
import { coverageGaps, type CoverageGap } from '@/roster/coverage'
import { coverageShift, loadShifts, type ShiftView } from '@/roster/shifts'

import { activeAnnouncements } from './announcements'
import { sourceCategoryOptions, workDocumentCategoryOptions } from './categories'
import { sectionOrder, type StartpageSection } from './sections'

export const COVERAGE_DAYS = 7
const NEXT_SHIFTS_PER_LOCATION = 8

export interface DeskToday {
  id: number | string
  name: string
  now: ShiftView[]
  laterToday: ShiftView[]
  next: ShiftView[]
  mailboxes: { id: number | string; email: string; purpose?: string | null }[]
}

export interface Grouped<T> {
  key: string
  label: string
  items: T[]
}

export interface StartpageData {
  intro: string
  announcements: NonNullable<Startpage['announcements']>
  pinnedLinks: NonNullable<Startpage['pinnedLinks']>
  sections: StartpageSection[]
  desks: DeskToday[]
  sources: Grouped<DigitalSource>[]
  documents: Grouped<WorkDocument>[]
  /** The Infopunten's back-up organisations, the user's own Infopunt first. */
  backup: BackupContact[]
  /** Only for coordinators and administrators: the next days' slots that break the staffing rules. */
  gaps: CoverageGap[] | null
}

const groupBy = <T>(items: T[], keyOf: (item: T) => string, options: { value: string; label: string }[]) =>
  options
    .map((option) => ({
      key: option.value,
      label: option.label,
      items: items.filter((item) => keyOf(item) === option.value),
    }))
    .filter((group) => group.items.length > 0)

const dutch = (label: string | Record<string, string>) => (typeof label === 'string' ? label : label.nl)

/** Everything the startpage shows, read with the user's access; `draft` reads the unpublished startpage. */
export const loadStartpage = async (
  payload: Payload,
  user: User,
  options: { draft?: boolean; now?: Date; introFallback?: string } = {},
): Promise<StartpageData> => {
  const now = options.now ?? new Date()
  const today = localParts(now).date
  const draft = Boolean(options.draft && hasRole(user, 'beheerder', 'communicatie'))
  const seesGaps = hasRole(user, 'beheerder', 'coordinator')

  const [global, locations, mailboxes, shifts, sources, documents, backup] = await Promise.all([
    payload.findGlobal({ slug: 'startpage', user, overrideAccess: false, draft, depth: 0 }),
    findUserLocations(payload, user, { name: true, openingHours: true, staffing: true }),
    payload.find({
      collection: 'referral-mailboxes',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 200,
      sort: 'email',
      select: { email: true, location: true, purpose: true },
    }),
    loadShifts(payload, user, { from: startOfLocalDay(today), to: startOfLocalDay(addDays(today, COVERAGE_DAYS + 1)) }),
    payload.find({
      collection: 'digital-sources',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 500,
      sort: ['-pinned', 'order', 'title'],
    }),
    payload.find({
      collection: 'work-documents',
      user,
      overrideAccess: false,
      depth: 0,
      limit: 500,
      sort: '-versionDate',
    }),
    loadBackupContacts(payload, user),
  ])

  const endOfToday = startOfLocalDay(addDays(today, 1)).getTime()
  const desks: DeskToday[] = locations.map((location) => {
    const here = shifts.filter((shift) => String(shift.locationId) === String(location.id))
    const t = now.getTime()
    return {
      id: location.id,
      name: location.name,
      now: here.filter((shift) => Date.parse(shift.startsAt) <= t && Date.parse(shift.endsAt) > t),
      laterToday: here.filter((shift) => Date.parse(shift.startsAt) > t && Date.parse(shift.startsAt) < endOfToday),
      next: here.filter((shift) => Date.parse(shift.startsAt) >= endOfToday).slice(0, NEXT_SHIFTS_PER_LOCATION),
      mailboxes: (mailboxes.docs as ReferralMailbox[])
        .filter((mailbox) => String(mailbox.location) === String(location.id))
        .map(({ id, email, purpose }) => ({ id, email, purpose })),
    }
  })

  // One entry per document title: the latest version (documents arrive newest first). The download
  // link is the same-origin path of Payload's access-controlled file route.
  const seen = new Set<string>()
  const latestDocuments = documents.docs
    .filter((doc) => {
      const key = `${doc.category}:${doc.title.trim().toLowerCase()}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((doc) => ({ ...doc, url: doc.url ? new URL(doc.url, 'http://infopunt.invalid').pathname : doc.url }))

  const gaps = seesGaps
    ? coverageGaps(locations, shifts.map(coverageShift), today, COVERAGE_DAYS).filter(
        (gap) => Date.parse(gap.endsAt) > now.getTime(),
      )
    : null

  return {
    intro: global.intro?.trim() || options.introFallback || '',
    announcements: activeAnnouncements(global.announcements, now),
    pinnedLinks: global.pinnedLinks ?? [],
    sections: sectionOrder(global.sections),
    desks,
    sources: groupBy(
      sources.docs,
      (doc) => doc.category,
      sourceCategoryOptions.map((o) => ({ value: o.value, label: dutch(o.label) })),
    ),
    documents: groupBy(
      latestDocuments,
      (doc) => doc.category,
      workDocumentCategoryOptions.map((o) => ({ value: o.value, label: dutch(o.label) })),
    ),
    gaps,
    backup,
  }
}
