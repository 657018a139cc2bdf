import type { Payload } from 'payload'

import type { Network, Startpage } from '@/payload-types'
import { defaultSectionOrder } from '@/startpage/sections'

import { ofNetwork } from './inNetwork'

export const daysFromNow = (days: number) => new Date(Date.now() + days * 86400_000).toISOString()

export type StartpageSeed = Pick<Startpage, 'intro' | 'announcements' | 'pinnedLinks'>

/** Dalfsen's startpage as its communications staff would first fill it. */
export const dalfsenStartpage = (): StartpageSeed => ({
  intro:
    'Welkom bij het digitale Infopunt. Hieronder zie je wie er vandaag op de balie staat, de digitale bronnen en werkdocumenten, en de verwijsmailboxen.',
  announcements: [
    {
      title: 'Nieuwe folder Thuisadministratie',
      body: 'Humanitas heeft een nieuwe folder over hulp bij de thuisadministratie. Er liggen exemplaren bij alle drie de Infopunten.',
      publishAt: daysFromNow(-3),
      expiresAt: daysFromNow(25),
    },
    {
      title: 'Intervisie baliemedewerkers',
      body: 'Donderdagmiddag intervisie in Kulturhus de Spil; aanmelden bij je coördinator.',
      publishAt: daysFromNow(-1),
      expiresAt: daysFromNow(10),
      important: true,
    },
    {
      title: 'Sluiting Infopunt Lemelerveld in de kerstvakantie',
      body: 'Tussen kerst en oud en nieuw is het Infopunt in de Mozaïek gesloten.',
      publishAt: daysFromNow(-60),
      expiresAt: daysFromNow(-5),
    },
  ],
  pinnedLinks: [
    { label: 'Wegwijzer: alle partnerorganisaties', url: '/wegwijzer' },
    { label: 'Weekrooster van alle Infopunten', url: '/rooster' },
  ],
})

/**
 * A network's startpage as its communications staff would first fill it; left alone once anyone has
 * written in it. Made here if the network has none yet (a development database made before startpages
 * were per network).
 */
export const seedStartpage = async (payload: Payload, network: Network, content: StartpageSeed): Promise<void> => {
  const data = { ...content, network: network.id, sections: defaultSectionOrder, _status: 'published' as const }
  const { docs } = await payload.find({ collection: 'startpages', where: ofNetwork(network), depth: 0, limit: 1 })
  const current = docs[0]
  if (!current) {
    await payload.create({ collection: 'startpages', data, depth: 0 })
    return
  }
  if (current.intro || current.announcements?.length) return
  await payload.update({ collection: 'startpages', id: current.id, data, depth: 0 })
}

/** One demo source on a made-up address, as the nightly link check would have found it. */
export const seedBrokenSource = async (payload: Payload): Promise<void> => {
  const { docs } = await payload.find({
    collection: 'digital-sources',
    where: { url: { contains: 'infopunt.example.org' } },
    depth: 0,
    limit: 1,
  })
  const source = docs[0]
  if (!source || (source.lastCheck?.status && source.lastCheck.status !== 'unchecked')) return
  await payload.update({
    collection: 'digital-sources',
    id: source.id,
    depth: 0,
    data: {
      lastCheck: {
        status: 'broken',
        httpStatus: 404,
        finalUrl: source.url,
        checkedAt: daysFromNow(-1),
      },
    },
  })
}
