import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Place = { network?: unknown; municipality: string; kern: string }

/**
 * Municipalities and kernen become records of their network's area: every name an Infopunt (or a
 * version of one) gave becomes a record once per network, and the Infopunt names them by id.
 * Running it again changes nothing: only Infopunten that still name a kern as text change.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections, versions } = payload.db
  const municipalities = collections.municipalities.collection
  const kernen = collections.kernen.collection
  const recordOf = async (collection: typeof kernen, match: Record<string, unknown>) => {
    const found = await collection.findOne(match, { projection: { _id: 1 } })
    if (found) return found._id
    const now = new Date()
    return (await collection.insertOne({ ...match, createdAt: now, updatedAt: now })).insertedId
  }
  const idsOf = async ({ network, municipality, kern }: Place) => {
    const municipalityId = await recordOf(municipalities, { network, name: municipality })
    const kernId = await recordOf(kernen, { network, name: kern, municipality: municipalityId })
    return { kern: kernId, municipality: municipalityId }
  }
  const locations = collections.locations.collection
  for await (const location of locations.find({ kern: { $type: 'string' } }))
    await locations.updateOne({ _id: location._id }, { $set: await idsOf(location as unknown as Place) })
  const locationVersions = versions.locations.collection
  for await (const { _id, version } of locationVersions.find({ 'version.kern': { $type: 'string' } })) {
    const ids = await idsOf(version as Place)
    await locationVersions.updateOne(
      { _id },
      { $set: { 'version.kern': ids.kern, 'version.municipality': ids.municipality } },
    )
  }
}

/** Back to names: each Infopunt and version names its kern and municipality as text again. */
export async function down({ payload }: MigrateDownArgs): Promise<void> {
  const { collections, versions } = payload.db
  const kernen = new Map<string, { name: string; municipality: unknown }>()
  for await (const kern of collections.kernen.collection.find({}))
    kernen.set(String(kern._id), { name: kern.name, municipality: kern.municipality })
  const municipalities = new Map<string, string>()
  for await (const municipality of collections.municipalities.collection.find({}))
    municipalities.set(String(municipality._id), municipality.name)
  const namesOf = (kernId: unknown) => {
    const kern = kernen.get(String(kernId))
    return { kern: kern?.name ?? '', municipality: municipalities.get(String(kern?.municipality)) ?? '' }
  }
  const locations = collections.locations.collection
  for await (const location of locations.find({ kern: { $not: { $type: 'string' } } }))
    await locations.updateOne({ _id: location._id }, { $set: namesOf(location.kern) })
  const locationVersions = versions.locations.collection
  for await (const { _id, version } of locationVersions.find({ 'version.kern': { $not: { $type: 'string' } } })) {
    const names = namesOf(version?.kern)
    await locationVersions.updateOne(
      { _id },
      { $set: { 'version.kern': names.kern, 'version.municipality': names.municipality } },
    )
  }
  await collections.kernen.collection.deleteMany({})
  await collections.municipalities.collection.deleteMany({})
}
