import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { idOf } from '@/lib/relations'

import { findUserLocations } from './userLocations'

/** An Infopunt's back-up ("achterwacht"): the organisation the desk falls back on, and its direct line. */
export interface BackupContact {
  locationId: number | string
  locationName: string
  organisation: string
  /** The organisation's page in the Wegwijzer. */
  href: string | null
  phone: string | null
}

/**
 * The back-ups of the Infopunten in the Infopunten's name order, read with the user's access. Two
 * small queries: the Infopunten, then the names of their back-up organisations.
 */
export const readBackupContacts = async (payload: Payload, user: User): Promise<BackupContact[]> => {
  const locations = await findUserLocations(payload, user, { name: true, backup: true })
  const ids = [...new Set(locations.map((location) => idOf(location.backup?.organisation)).filter((id) => id != null))]
  if (ids.length === 0) return []
  const { docs: organisations } = await payload.find({
    collection: 'organisations',
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { id: { in: ids } },
    select: { name: true, slug: true },
  })
  const byId = new Map(organisations.map((organisation) => [String(organisation.id), organisation]))
  return locations.flatMap((location) => {
    const organisation = byId.get(String(idOf(location.backup?.organisation)))
    if (!organisation) return []
    return [
      {
        locationId: location.id,
        locationName: location.name,
        organisation: organisation.name,
        href: organisation.slug ? `/wegwijzer/${organisation.slug}` : null,
        phone: location.backup?.phone?.trim() || null,
      },
    ]
  })
}

/** The same back-ups with the user's own Infopunt first (a new list). */
export const ownInfopuntFirst = (contacts: readonly BackupContact[], user: User): BackupContact[] => {
  const own = String(idOf(user.defaultLocation) ?? '')
  return [...contacts].sort((a, b) => Number(String(b.locationId) === own) - Number(String(a.locationId) === own))
}

/** The back-ups of the Infopunten, the user's own Infopunt first; read with the user's access. */
export const loadBackupContacts = async (payload: Payload, user: User): Promise<BackupContact[]> =>
  ownInfopuntFirst(await readBackupContacts(payload, user), user)

/** One line per back-up organisation and number: Infopunten sharing a back-up are named together. */
export const groupBackupContacts = (contacts: BackupContact[]) => {
  const groups = new Map<string, BackupContact & { locations: string[] }>()
  for (const contact of contacts) {
    const key = `${contact.organisation}|${contact.phone ?? ''}`
    const group = groups.get(key)
    if (group) group.locations.push(contact.locationName)
    else groups.set(key, { ...contact, locations: [contact.locationName] })
  }
  return [...groups.values()]
}
