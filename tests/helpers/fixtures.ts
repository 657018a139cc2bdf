import sharp from 'sharp'
import type { Payload, Where } from 'payload'

let counter = 0
/** A value unique within the test run, for names, slugs and e-mail addresses. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`

/** A small but valid one-page PDF. */
export const tinyPdf = (): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const tinyPng = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5e6b' } })
    .png()
    .toBuffer()

/**
 * The id of a kern of a municipality, in a network when one is named (the installation's first
 * otherwise): found, or made with its municipality. An Infopunt names its place by it.
 */
export const kernIn = async (
  payload: Payload,
  municipality: string,
  kern = municipality,
  network?: number | string,
) => {
  const inNetwork: Where[] = network === undefined ? [] : [{ network: { equals: network } }]
  const found = async <S extends 'municipalities' | 'kernen'>(collection: S, where: Where[]) =>
    (await payload.find({ collection, where: { and: [...where, ...inNetwork] }, limit: 1, depth: 0 })).docs[0]
  const withNetwork = network === undefined ? {} : { network: network as number }
  const place =
    (await found('municipalities', [{ name: { equals: municipality } }])) ??
    (await payload.create({ collection: 'municipalities', data: { name: municipality, ...withNetwork } }))
  const village =
    (await found('kernen', [{ name: { equals: kern } }, { municipality: { equals: place.id } }])) ??
    (await payload.create({ collection: 'kernen', data: { name: kern, municipality: place.id, ...withNetwork } }))
  return village.id
}

/** The documents every other fixture leans on: a location, a theme and an organisation. */
export const createBasics = async (payload: Payload) => {
  const kern = await kernIn(payload, 'Dalfsen')
  const location = await payload.create({ collection: 'locations', data: { name: unique('Infopunt Test'), kern } })
  const theme = await payload.create({ collection: 'themes', data: { name: unique('Thema') } })
  const organisation = await payload.create({
    collection: 'organisations',
    data: {
      name: unique('Organisatie'),
      shortDescription: 'Een testorganisatie.',
      kindOfHelp: 'formal',
      status: 'active',
    },
  })
  return { location, theme, organisation, kern }
}

/** The startpage of the installation's only network (every network has one from the start). */
export const theStartpage = async (payload: Payload) => {
  const { docs } = await payload.find({ collection: 'startpages', limit: 2, depth: 0, draft: true })
  if (docs.length !== 1) throw new Error(`Expected one network's startpage, found ${docs.length}`)
  return docs[0]
}
