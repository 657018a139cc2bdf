import type { Payload } from 'payload'

import { canEditContent } from '@/access/isContentEditor'
import { canRegister } from '@/access/registrations'
import { canManageRoster } from '@/access/isRosterManager'
import { addDays, localParts, startOfLocalDay } from '@/lib/localTime'
import { dutchOptions } from '@/lib/options'
import { findUserLocations } from '@/locations/userLocations'
import { networksOf, pageNetwork } from '@/networks/current'
import { ownInfopuntFirst, readBackupContacts, type BackupContact } from '@/locations/backup'
import type { DigitalSource, Location, ReferralMailbox, Startpage, User, WorkDocument } from '@/payload-types'
import { loadCoverageOutlook, type CoverageOutlook } from '@/roster/outlook'
import { withTrainees } from '@/roster/training'
import { loadShifts, type ShiftView } from '@/roster/shifts'

import { activeAnnouncements } from './announcements'
import { sourceCategoryOptions, workDocumentCategoryOptions } from './categories'
import { currentStartpageStamp } from './freshness'
import { emptyStartpage, findStartpage } from './perNetwork'
import { sectionOrder, type StartpageSection } from './sections'

export const NEXT_SHIFT_DAYS = 7
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
  sources: Grouped<SourceView>[]
  documents: Grouped<DocumentView>[]
  /** The Infopunten's back-up organisations, the user's own Infopunt first. */
  backup: BackupContact[]
  /**
   * Only for coordinators and administrators: the coming four weeks' slots that break the staffing
   * rules, and shifts with someone in training without a trained colleague.
   */
  gaps: CoverageOutlook['gaps'] | null
  untrained: CoverageOutlook['untrained'] | null
  /** Whether the quick actions offer a new registration (desk workers and administrators). */
  registers: boolean
}

const groupBy = <T>(items: T[], keyOf: (item: T) => string, options: { value: string; label: string }[]) =>
  options
    .map((option) => ({
      key: option.value,
      label: option.label,
      items: items.filter((item) => keyOf(item) === option.value),
    }))
    .filter((group) => group.items.length > 0)

type SourceView = Pick<DigitalSource, 'id' | 'title' | 'url' | 'description' | 'category' | 'pinned' | 'lastCheck'>
type DocumentView = Pick<WorkDocument, 'id' | 'title' | 'category' | 'versionDate' | 'url'>

/** What every user of a role sees the same until a stamp or the day changes. */
interface Snapshot {
  /** The network's published startpage. */
  startpage: Startpage
  /** Shifts from the start of today to the end of the NEXT_SHIFT_DAYS following days. */
  shifts: ShiftView[]
  locations: Pick<Location, 'id' | 'name' | 'openingHours' | 'staffing'>[]
  mailboxes: Pick<ReferralMailbox, 'id' | 'email' | 'location' | 'purpose'>[]
  sources: SourceView[]
  documents: DocumentView[]
  /** In the Infopunten's name order; each view puts the user's own first. */
  backup: BackupContact[]
}

/** Per Payload instance, role and network: the snapshot last read, and the stamps and day it was read at. */
const snapshots = new WeakMap<Payload, Map<string, { key: string; snapshot: Promise<Snapshot> }>>()

const readSnapshot = async (payload: Payload, user: User, today: string): Promise<Snapshot> => {
  const read = { user, overrideAccess: false, depth: 0 } as const
  const network = pageNetwork(user)
  const [startpage, shifts, locations, mailboxes, sources, documents, backup] = await Promise.all([
    network === null ? emptyStartpage() : findStartpage(payload, { user, network }),
    loadShifts(payload, user, {
      from: startOfLocalDay(today),
      to: startOfLocalDay(addDays(today, NEXT_SHIFT_DAYS + 1)),
    }),
    findUserLocations(payload, user, { name: true, openingHours: true, staffing: true }),
    payload.find({
      collection: 'referral-mailboxes',
      ...read,
      limit: 200,
      sort: 'email',
      select: { email: true, location: true, purpose: true },
    }),
    payload.find({
      collection: 'digital-sources',
      ...read,
      limit: 500,
      sort: ['-pinned', 'order', 'title'],
      select: { title: true, url: true, description: true, category: true, pinned: true, lastCheck: true },
    }),
    payload.find({
      collection: 'work-documents',
      ...read,
      limit: 500,
      sort: '-versionDate',
      select: { title: true, category: true, versionDate: true, filename: true, url: true },
    }),
    readBackupContacts(payload, user),
  ])
  return {
    startpage,
    shifts: await withTrainees(payload, network, shifts),
    locations,
    mailboxes: mailboxes.docs as Snapshot['mailboxes'],
    sources: sources.docs as SourceView[],
    documents: documents.docs as DocumentView[],
    backup,
  }
}

/**
 * Everything on the startpage but the coordinators' coverage outlook is the same for every user of a
 * role in a network (access here goes by role and network) and changes a few times a day at most: it
 * is read once per process, role, network and day, and again when the startpage's or the directory's stamp changed
 * (src/startpage/freshness.ts), so a view reads the stamps and its user. Concurrent views share one
 * read; a failed read is not kept. What is kept is shared: never changed in place.
 */
const snapshotFor = async (payload: Payload, user: User, today: string): Promise<Snapshot> => {
  const network = pageNetwork(user)
  const key = `${network === null ? 'none' : await currentStartpageStamp(payload, network)}/${today}`
  const byRole = snapshots.get(payload) ?? new Map()
  snapshots.set(payload, byRole)
  const role = `${user.role}/${networksOf(user).join(',')}`
  const cached = byRole.get(role)
  if (cached?.key === key) return cached.snapshot
  const snapshot = readSnapshot(payload, user, today)
  byRole.set(role, { key, snapshot })
  snapshot.catch(() => {
    if (byRole.get(role)?.snapshot === snapshot) byRole.delete(role)
  })
  return snapshot
}

/** Everything the startpage shows, read with the user's access; `draft` reads the unpublished startpage. */
export const loadStartpage = async (
  payload: Payload,
  user: User,
  options: { draft?: boolean; now?: Date; introFallback?: string } = {},
): Promise<StartpageData> => {
  const now = options.now ?? new Date()
  const today = localParts(now).date
  const draft = Boolean(options.draft && canEditContent(user))
  const seesGaps = canManageRoster(user)

  const network = pageNetwork(user)
  const [snapshot, draftStartpage, outlook] = await Promise.all([
    snapshotFor(payload, user, today),
    draft && network !== null ? findStartpage(payload, { user, network, draft }) : null,
    seesGaps ? loadCoverageOutlook(payload, user, now) : null,
  ])
  const { shifts, locations, mailboxes, sources, documents } = snapshot
  const startpage = draftStartpage ?? snapshot.startpage

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
      mailboxes: mailboxes
        .filter((mailbox) => String(mailbox.location) === String(location.id))
        .map(({ id, email, purpose }) => ({ id, email, purpose })),
    }
  })

  // One entry per document title: the latest version (documents arrive newest first). The download
  // link is the same-origin path of Payload's access-controlled file route.
  const seen = new Set<string>()
  const latestDocuments = documents
    .filter((doc) => {
      const key = `${doc.category}:${doc.title.trim().toLowerCase()}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((doc) => ({ ...doc, url: doc.url ? new URL(doc.url, 'http://infopunt.invalid').pathname : doc.url }))

  return {
    intro: startpage.intro?.trim() || options.introFallback || '',
    announcements: activeAnnouncements(startpage.announcements, now),
    pinnedLinks: startpage.pinnedLinks ?? [],
    sections: sectionOrder(startpage.sections),
    desks,
    sources: groupBy(sources, (doc) => doc.category, dutchOptions(sourceCategoryOptions)),
    documents: groupBy(latestDocuments, (doc) => doc.category, dutchOptions(workDocumentCategoryOptions)),
    gaps: outlook?.gaps ?? null,
    untrained: outlook?.untrained ?? null,
    backup: ownInfopuntFirst(snapshot.backup, user),
    registers: canRegister(user),
  }
}
