/**
 * The access matrix over real HTTP: every collection × create / read / update / delete × every
 * role and anonymous, plus the brand global, the audiences of sources and documents, the 7-day
 * window on a desk worker's own registrations and attempts at role escalation.
 *
 * The tables below are the specification. Every cell is a test of its own, works on fixture
 * documents made for it alone (Local API), and checks the database afterwards through the Local
 * API (access overridden): an allowed operation must really have happened, a refused one must have
 * changed nothing.
 *
 * Regional offers name an organisation of another network, so their matrix is in
 * regional-organisations.test.ts: this file's fixtures rely on an installation of one network.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Where } from 'payload'

import type { Role } from '../../src/access/roles'
import { networkCollections } from '../../src/networks/plugin'
import { newReferralCode } from '../../src/referrals/code'
import { api, createLoggedInUser, createRoleUsers, TEST_PASSWORD } from '../helpers/api'
import { createBasics, theStartpage, tinyPdf, tinyPng, unique } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'
import { uploadForm } from '../helpers/uploads'

type Actor = Role | 'anonymous'
const ACTORS = ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker', 'anonymous'] as const
type Row = readonly [string, string, string, string, string]

/**
 * Collections. Per role the four letters stand for create, read, update, delete:
 *   C R U D  allowed, on every document;
 *   r u      allowed on the actor's own documents only: their own account, registrations they
 *            made in the last 7 days, reports and referrals they made. Others: 403 or 404;
 *   -        refused: 401 or 403 (404 also counts for a document the actor cannot see).
 * Anonymous requests must always be answered 401 or 403.
 */
// prettier-ignore
const MATRIX = {
  //                         beheerder  communicatie  coordinator  baliemedewerker  anonymous
  organisations:            ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  services:                 ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  themes:                   ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  locations:                ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  municipalities:           ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  kernen:                   ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  'referral-mailboxes':     ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  'digital-sources':        ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  'work-documents':         ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  media:                    ['CRUD',    'CRUD',       '-R--',      '-R--',          '----'],
  'roster-shifts':          ['CRUD',    '-R--',       'CRUD',      '-R--',          '----'],
  registrations:            ['CRUD',    '----',       '-R--',      'Cru-',          '----'],
  // New accounts only through an invitation (POST /api/users/invite, in endpoint-access.test.ts).
  users:                    ['-RUD',    '-ru-',       '-Ru-',      '-ru-',          '----'],
  'incorrect-info-reports': ['CRUD',    'CRU-',       'Cr--',      'Cr--',          '----'],
  referrals:                ['-R-D',    '-r--',       '-R--',      '-r--',          '----'],
  'referral-links':         ['----',    '----',       '----',      '----',          '----'],
  'export-audits':          ['-R--',    '----',       '----',      '----',          '----'],
  'registration-imports':   ['-R--',    '----',       '----',      '----',          '----'],
  'directory-imports':      ['-R--',    '-R--',       '----',      '----',          '----'],
  'registration-tallies':   ['----',    '----',       '----',      '----',          '----'],
  'calendar-feed-tokens':   ['----',    '----',       '----',      '----',          '----'],
  trainings:                ['CRUD',    '-R--',       'CRUD',      '-R--',          '----'],
  'training-completions':   ['CRUD',    '-r--',       'CRUD',      '-r--',          '----'],
  invitations:              ['----',    '----',       '----',      '----',          '----'],
  'verification-requests':  ['-R--',    '-R--',       '----',      '----',          '----'],
  'organisation-proposals': ['-R-D',    '-R--',       '----',      '----',          '----'],
  'payload-jobs':           ['----',    '----',       '----',      '----',          '----'],
  // Everyone's own network; networks come with the installation (its migration), not from the API.
  networks:                 ['-RU-',    '-R--',       '-R--',      '-R--',          '----'],
} as const satisfies Record<string, Row>

/** The brand global: R read (GET), U update (POST). */
// prettier-ignore
const BRAND: Row =
  //                         beheerder  communicatie  coordinator  baliemedewerker  anonymous
                            ['RU',      'RU',         'R-',        'R-',            '--']

/**
 * The startpage global: R read the published version, D read the draft (?draft=true),
 * V read the versions, U save (a draft or published).
 */
// prettier-ignore
const STARTPAGE: Row =
  //                         beheerder  communicatie  coordinator  baliemedewerker  anonymous
                            ['RDVU',    'RDVU',       'R---',      'R---',          '----']

/**
 * digital-sources and work-documents are read by the roles in their `audienceRoles`; editors
 * (beheerder, communicatie) read them all. R: may read (by id, in the list, and for work documents
 * the file itself); -: may not.
 */
// prettier-ignore
const AUDIENCE = {
  //                                           beheerder  communicatie  coordinator  baliemedewerker  anonymous
  "desk workers (['baliemedewerker'])":       ['R',       'R',          '-',         'R',             '-'],
  "coordinators only (['coordinator'])":      ['R',       'R',          'R',         '-',             '-'],
} as const satisfies Record<string, Row>
const AUDIENCE_ROLES: Record<keyof typeof AUDIENCE, Role[]> = {
  "desk workers (['baliemedewerker'])": ['baliemedewerker'],
  "coordinators only (['coordinator'])": ['coordinator'],
}

type Target = keyof typeof MATRIX
type Op = 'create' | 'read' | 'update' | 'delete'
type Rule = 'all' | 'own' | 'none'
const OPS: Op[] = ['create', 'read', 'update', 'delete']

const ruleOf = (letter: string): Rule => (letter === '-' ? 'none' : letter === letter.toUpperCase() ? 'all' : 'own')

/** Statuses that count as "refused". Anonymous callers must never learn more than 401 or 403. */
const REFUSED = [401, 403]
/**
 * A by-id request may also be answered 404, but only where a query-based read rule hides the
 * document from the actor (their own documents only, or an audience). Where the actor reads every
 * document of the collection, a refusal must say so: 401 or 403.
 */
const refusedById = (actor: Actor, target?: Target) => {
  if (actor === 'anonymous') return REFUSED
  if (target && MATRIX[target][ACTORS.indexOf(actor)][1] !== 'r') return REFUSED
  return [...REFUSED, 404]
}

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

const app = useTestApp()
let users: Awaited<ReturnType<typeof createRoleUsers>>
let basics: Awaited<ReturnType<typeof createBasics>>
/** Owns the "someone else's" registrations, reports and referrals. */
let otherDeskWorker: { id: Id }

const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor].token)
const idOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor].id)
const send = (actor: Actor, method: string, path: string, body?: unknown) =>
  api(app.url, method, path, { token: tokenOf(actor), body })

/** The stored document, read through the Local API with access overridden; undefined if gone. */
const stored = async (collection: CollectionSlug, id: Id): Promise<Doc | undefined> =>
  (await app.payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: true }))
    .docs[0] as unknown as Doc | undefined

const countOf = async (collection: CollectionSlug, where?: Where) =>
  (await app.payload.count({ collection, where: where, overrideAccess: true })).totalDocs

const listedIds = (body: { docs?: { id: Id }[] }) => (body.docs ?? []).map((doc) => String(doc.id))

const hour = (offsetHours: number) => new Date(Date.UTC(2030, 0, 1, 8) + offsetHours * 3600_000).toISOString()
let shiftSlot = 0
const nextShift = () => {
  shiftSlot += 2
  return { startsAt: hour(shiftSlot), endsAt: hour(shiftSlot + 1) }
}

const ALL_ROLES: Role[] = ['beheerder', 'communicatie', 'coordinator', 'baliemedewerker']

interface Spec {
  /** A fresh document made through the Local API; `owner` matters where documents have an owner. */
  fixture: (owner: Id) => Promise<Id>
  /** A create request over HTTP, and one field and value by which the new document is recognised. */
  create: () => Promise<{ body: Record<string, unknown> | FormData; field: string; value: unknown }>
  /** A change for PATCH: one field and its new value. */
  change: () => { field: string; value: unknown }
  /** The field naming whose a document is, for collections where that limits access. */
  ownerField?: string
}

const pdfFile = () => ({ data: tinyPdf(), name: `${unique('document')}.pdf`, mimetype: 'application/pdf' })
const pngFile = async () => ({ data: await tinyPng(), name: `${unique('afbeelding')}.png`, mimetype: 'image/png' })
const localFile = (file: { data: Buffer; name: string; mimetype: string }) => ({ ...file, size: file.data.length })

const workDocument = async (audienceRoles: Role[]) =>
  app.payload.create({
    collection: 'work-documents',
    data: {
      title: unique('Werkdocument'),
      category: 'protocol',
      versionDate: new Date().toISOString(),
      audienceRoles,
    },
    file: localFile(pdfFile()),
  })

const digitalSource = async (audienceRoles: Role[]) =>
  app.payload.create({
    collection: 'digital-sources',
    data: { title: unique('Bron'), url: 'https://www.example.org', category: 'other', audienceRoles },
  })

const registration = async (owner: Id, createdAt?: string) => {
  const doc = await app.payload.create({
    collection: 'registrations',
    data: {
      occurredAt: new Date().toISOString(),
      channel: 'desk',
      ageBand: 'unknown',
      location: basics.location.id,
      themes: [basics.theme.id],
      answerType: 'information',
      registeredBy: owner as number,
    },
  })
  if (createdAt) await app.payload.update({ collection: 'registrations', id: doc.id, data: { createdAt } })
  return doc.id
}

const training = async () =>
  app.payload.create({
    collection: 'trainings',
    data: { name: unique('Training'), required: true, validityMonths: 24 },
  })

const verificationRequest = () =>
  app.payload.create({
    collection: 'verification-requests',
    data: {
      organisation: basics.organisation.id,
      purpose: 'verify-organisation',
      tokenHash: unique('controle'),
      expiresAt: new Date(Date.now() + 86400_000).toISOString(),
      delivery: 'sent',
    },
  })

const organisationProposal = (request: Id) =>
  app.payload.create({
    collection: 'organisation-proposals',
    data: {
      organisation: basics.organisation.id,
      request: request as number,
      changes: [{ path: 'name', label: 'Naam', before: 'Oud', proposed: 'Nieuw' }],
      status: 'open',
    },
  })

/** The municipality of the basic Infopunt's kern. */
const municipalityOfBasics = async () =>
  (await app.payload.findByID({ collection: 'kernen', id: basics.kern, depth: 0 })).municipality as number

const specs: Record<Target, Spec> = {
  networks: {
    fixture: async () => (await app.payload.find({ collection: 'networks', depth: 0, limit: 1 })).docs[0].id,
    create: async () => {
      const name = unique('Netwerk')
      return { body: { name }, field: 'name', value: name }
    },
    change: () => ({ field: 'name', value: unique('Hernoemd netwerk') }),
  },
  organisations: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'organisations',
          data: { name: unique('Organisatie'), shortDescription: 'Kort.', kindOfHelp: 'formal', status: 'active' },
        })
      ).id,
    create: async () => {
      const name = unique('Nieuwe organisatie')
      return { body: { name, shortDescription: 'Kort.', kindOfHelp: 'informal' }, field: 'name', value: name }
    },
    change: () => ({ field: 'shortDescription', value: unique('Gewijzigd') }),
  },
  services: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'services',
          data: {
            name: unique('Dienst'),
            organisation: basics.organisation.id,
            description: 'Omschrijving.',
            kindOfHelp: 'formal',
            status: 'active',
          },
        })
      ).id,
    create: async () => {
      const name = unique('Nieuwe dienst')
      return {
        body: { name, organisation: basics.organisation.id, description: 'Omschrijving.', kindOfHelp: 'informal' },
        field: 'name',
        value: name,
      }
    },
    change: () => ({ field: 'description', value: unique('Gewijzigd') }),
  },
  themes: {
    fixture: async () => (await app.payload.create({ collection: 'themes', data: { name: unique('Thema') } })).id,
    create: async () => {
      const name = unique('Nieuw thema')
      return { body: { name, synonyms: ['test'] }, field: 'name', value: name }
    },
    change: () => ({ field: 'description', value: unique('Gewijzigd') }),
  },
  locations: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'locations',
          data: { name: unique('Infopunt'), kern: basics.kern },
        })
      ).id,
    create: async () => {
      const name = unique('Nieuw Infopunt')
      return { body: { name, kern: basics.kern }, field: 'name', value: name }
    },
    change: () => ({ field: 'venue', value: unique('Kulturhus') }),
  },
  municipalities: {
    fixture: async () =>
      (await app.payload.create({ collection: 'municipalities', data: { name: unique('Gemeente') } })).id,
    create: async () => {
      const name = unique('Nieuwe gemeente')
      return { body: { name }, field: 'name', value: name }
    },
    change: () => ({ field: 'name', value: unique('Hernoemde gemeente') }),
  },
  kernen: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'kernen',
          data: { name: unique('Kern'), municipality: await municipalityOfBasics() },
        })
      ).id,
    create: async () => {
      const name = unique('Nieuwe kern')
      return { body: { name, municipality: await municipalityOfBasics() }, field: 'name', value: name }
    },
    change: () => ({ field: 'name', value: unique('Hernoemde kern') }),
  },
  'referral-mailboxes': {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'referral-mailboxes',
          data: { email: `${unique('mailbox')}@example.org`, location: basics.location.id },
        })
      ).id,
    create: async () => {
      const email = `${unique('nieuw')}@example.org`
      return { body: { email, location: basics.location.id }, field: 'email', value: email }
    },
    change: () => ({ field: 'purpose', value: unique('Gewijzigd') }),
  },
  'digital-sources': {
    fixture: async () => (await digitalSource(ALL_ROLES)).id,
    create: async () => {
      const title = unique('Nieuwe bron')
      return { body: { title, url: 'https://www.example.org/nieuw', category: 'money' }, field: 'title', value: title }
    },
    change: () => ({ field: 'description', value: unique('Gewijzigd') }),
  },
  'work-documents': {
    fixture: async () => (await workDocument(ALL_ROLES)).id,
    create: async () => {
      const title = unique('Nieuw werkdocument')
      const body = uploadForm(pdfFile(), { title, category: 'training', versionDate: new Date().toISOString() })
      return { body, field: 'title', value: title }
    },
    change: () => ({ field: 'title', value: unique('Gewijzigd') }),
  },
  media: {
    fixture: async () =>
      (await app.payload.create({ collection: 'media', data: { alt: 'Logo' }, file: localFile(await pngFile()) })).id,
    create: async () => {
      const alt = unique('Een logo')
      return { body: uploadForm(await pngFile(), { alt }), field: 'alt', value: alt }
    },
    change: () => ({ field: 'alt', value: unique('Gewijzigd') }),
  },
  'roster-shifts': {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'roster-shifts',
          data: {
            location: basics.location.id,
            ...nextShift(),
            externalNames: [unique('Vrijwilliger')],
            role: 'volunteer',
          },
        })
      ).id,
    create: async () => {
      const notes = unique('Nieuwe dienst')
      return {
        body: {
          location: basics.location.id,
          ...nextShift(),
          externalNames: [unique('Nieuwe vrijwilliger')],
          role: 'volunteer',
          notes,
        },
        field: 'notes',
        value: notes,
      }
    },
    change: () => ({ field: 'notes', value: unique('Gewijzigd') }),
  },
  registrations: {
    fixture: (owner) => registration(owner),
    create: async () => {
      const summary = unique('Vraag over toeslagen')
      return {
        body: {
          location: basics.location.id,
          themes: [basics.theme.id],
          answerType: 'advice',
          ageBand: 'senior',
          summary,
        },
        field: 'summary',
        value: summary,
      }
    },
    change: () => ({ field: 'summary', value: unique('Gewijzigd') }),
    ownerField: 'registeredBy',
  },
  users: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'users',
          data: {
            email: `${unique('collega')}@test.example`,
            password: TEST_PASSWORD,
            name: 'Collega',
            role: 'baliemedewerker',
          },
        })
      ).id,
    create: async () => {
      const email = `${unique('nieuw')}@test.example`
      return {
        body: { email, password: TEST_PASSWORD, name: 'Nieuwe collega', role: 'baliemedewerker' },
        field: 'email',
        value: email,
      }
    },
    change: () => ({ field: 'name', value: unique('Gewijzigd') }),
    ownerField: 'id',
  },
  'incorrect-info-reports': {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'incorrect-info-reports',
          data: { organisation: basics.organisation.id, kind: 'phone', status: 'open', reportedBy: owner as number },
        })
      ).id,
    create: async () => {
      const note = unique('Dinsdag gesloten')
      return { body: { organisation: basics.organisation.id, kind: 'hours', note }, field: 'note', value: note }
    },
    change: () => ({ field: 'note', value: unique('Gewijzigd') }),
    ownerField: 'reportedBy',
  },
  trainings: {
    fixture: async () => (await training()).id,
    create: async () => {
      const name = unique('Nieuwe training')
      return { body: { name, required: true }, field: 'name', value: name }
    },
    change: () => ({ field: 'description', value: unique('Gewijzigd') }),
  },
  'training-completions': {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'training-completions',
          data: { user: owner as number, training: (await training()).id, completedOn: '2026-01-15T12:00:00.000Z' },
        })
      ).id,
    create: async () => {
      const note = unique('Certificaat')
      return {
        body: {
          user: otherDeskWorker.id,
          training: (await training()).id,
          completedOn: '2026-01-15T12:00:00.000Z',
          note,
        },
        field: 'note',
        value: note,
      }
    },
    change: () => ({ field: 'note', value: unique('Gewijzigd') }),
    ownerField: 'user',
  },
  referrals: {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'referrals',
          data: {
            code: await newReferralCode(app.payload),
            organisation: basics.organisation.id,
            method: 'mailto',
            referredBy: owner as number,
            status: 'sent',
          },
        })
      ).id,
    create: async () => ({
      // Referrals are written by the referral endpoint only, never by a plain create.
      body: { organisation: basics.organisation.id, method: 'email', referredBy: users.beheerder.id },
      field: 'method',
      value: 'email',
    }),
    change: () => ({ field: 'method', value: 'email' }),
    ownerField: 'referredBy',
  },
  'export-audits': {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'export-audits',
          data: { user: owner as number, format: 'csv', from: '2026-01-01', to: '2026-01-31', rowCount: 3 },
        })
      ).id,
    // Written by the export endpoint only: a plain create, even by the beheerder, is refused.
    create: async () => {
      const from = unique('2026-02')
      return {
        body: { user: users.beheerder.id, format: 'csv', from, to: '2026-02-28', rowCount: 0 },
        field: 'from',
        value: from,
      }
    },
    change: () => ({ field: 'rowCount', value: 999 }),
  },
  'registration-imports': {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'registration-imports',
          data: { user: owner as number, format: 'csv', rowCount: 3, added: 3, duplicates: 0, rejected: 0 },
        })
      ).id,
    // Written by the import endpoint only: a plain create, even by the beheerder, is refused.
    create: async () => {
      const filename = unique('import')
      return {
        body: { user: users.beheerder.id, format: 'csv', filename, rowCount: 0, added: 0, duplicates: 0, rejected: 0 },
        field: 'filename',
        value: filename,
      }
    },
    change: () => ({ field: 'added', value: 999 }),
  },
  'directory-imports': {
    fixture: async (owner) =>
      (
        await app.payload.create({
          collection: 'directory-imports',
          data: {
            user: owner as number,
            sourceKind: 'package',
            source: 'datapakket.zip',
            ...{ created: 1, updated: 0, unchanged: 0, conflicts: 0, overwritten: 0, kept: 0 },
          },
        })
      ).id,
    // Written by the HSDS import endpoint only: a plain create, even by the beheerder, is refused.
    create: async () => {
      const source = unique('pakket')
      return {
        body: {
          user: users.beheerder.id,
          sourceKind: 'package',
          source,
          ...{ created: 0, updated: 0, unchanged: 0, conflicts: 0, overwritten: 0, kept: 0 },
        },
        field: 'source',
        value: source,
      }
    },
    change: () => ({ field: 'created', value: 999 }),
  },
  'registration-tallies': {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'registration-tallies',
          data: {
            key: unique('2026-01-05|tally'),
            day: '2026-01-05',
            location: String(basics.location.id),
            dimension: 'answerType',
            value: 'advice',
            count: 3,
          },
        })
      ).id,
    // Kept by the registrations' hooks only: over the API nobody reads, makes or changes a tally.
    create: async () => {
      const key = unique('2026-02-05|tally')
      return {
        body: {
          key,
          day: '2026-02-05',
          location: String(basics.location.id),
          dimension: 'theme',
          value: '1',
          count: 9,
        },
        field: 'key',
        value: key,
      }
    },
    change: () => ({ field: 'count', value: 999 }),
  },
  'calendar-feed-tokens': {
    fixture: async () => {
      const user = await app.payload.create({
        collection: 'users',
        data: {
          email: `${unique('agenda')}@test.example`,
          password: TEST_PASSWORD,
          name: 'Agenda',
          role: 'baliemedewerker',
        },
      })
      return (
        await app.payload.create({
          collection: 'calendar-feed-tokens',
          data: { user: user.id, tokenHash: unique('hash') },
        })
      ).id
    },
    create: async () => {
      const tokenHash = unique('gekozen-hash')
      return { body: { user: otherDeskWorker.id, tokenHash }, field: 'tokenHash', value: tokenHash }
    },
    change: () => ({ field: 'tokenHash', value: unique('overgenomen') }),
  },
  // Referral links are made by the referral endpoint and answered through /api/referrals/answer only.
  'referral-links': {
    fixture: async () => {
      const referral = await app.payload.create({
        collection: 'referrals',
        data: {
          code: await newReferralCode(app.payload),
          organisation: basics.organisation.id,
          method: 'email',
          referredBy: otherDeskWorker.id as number,
          status: 'sent',
        },
      })
      return (
        await app.payload.create({
          collection: 'referral-links',
          data: {
            hash: unique('hash'),
            purpose: 'received',
            referral: referral.id,
            expiresAt: new Date(Date.now() + 86400_000).toISOString(),
          },
        })
      ).id
    },
    create: async () => {
      const hash = unique('gekozen-link')
      return {
        body: { hash, purpose: 'received', referral: 1, expiresAt: new Date(Date.now() + 86400_000).toISOString() },
        field: 'hash',
        value: hash,
      }
    },
    change: () => ({ field: 'usedAt', value: new Date().toISOString() }),
  },
  // Invitations are made and used only through /api/users/invite and /api/users/accept-invite.
  invitations: {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'invitations',
          data: {
            user: otherDeskWorker.id as number,
            tokenHash: unique('uitnodiging'),
            expiresAt: new Date(Date.now() + 86400_000).toISOString(),
          },
        })
      ).id,
    create: async () => {
      const tokenHash = unique('gekozen-uitnodiging')
      return {
        body: { user: otherDeskWorker.id, tokenHash, expiresAt: new Date(Date.now() + 86400_000).toISOString() },
        field: 'tokenHash',
        value: tokenHash,
      }
    },
    change: () => ({ field: 'tokenHash', value: unique('overgenomen') }),
  },
  'verification-requests': {
    fixture: async () => (await verificationRequest()).id,
    // Made only by the verification cycle: a plain create is refused to everyone.
    create: async () => {
      const tokenHash = unique('gekozen-controle')
      return {
        body: {
          organisation: basics.organisation.id,
          purpose: 'verify-organisation',
          tokenHash,
          expiresAt: new Date(Date.now() + 86400_000).toISOString(),
        },
        field: 'tokenHash',
        value: tokenHash,
      }
    },
    change: () => ({ field: 'usedAt', value: new Date().toISOString() }),
  },
  'organisation-proposals': {
    fixture: async () => (await organisationProposal((await verificationRequest()).id)).id,
    // Made only through an organisation's link, decided only through the review endpoint.
    create: async () => {
      const note = unique('Zelf voorgesteld')
      const request = await verificationRequest()
      return {
        body: { organisation: basics.organisation.id, request: request.id, changes: [], note },
        field: 'note',
        value: note,
      }
    },
    change: () => ({ field: 'status', value: 'accepted' }),
  },
  'payload-jobs': {
    fixture: async () =>
      (
        await app.payload.create({
          collection: 'payload-jobs',
          data: { taskSlug: 'checkDigitalSources', input: {} },
        })
      ).id,
    create: async () => {
      const queue = unique('wachtrij')
      return { body: { taskSlug: 'checkDigitalSources', input: {}, queue }, field: 'queue', value: queue }
    },
    change: () => ({ field: 'queue', value: unique('andere-wachtrij') }),
  },
}

/**
 * A document of the actor's own: their own account for users, a document they are the author of
 * elsewhere. Where a collection has no owners, any fresh document.
 */
const ownDocument = async (target: Target, actor: Actor): Promise<Id> => {
  const spec = specs[target]
  if (actor === 'anonymous' || !spec.ownerField) return spec.fixture(otherDeskWorker.id)
  if (target === 'users') return idOf(actor)!
  return spec.fixture(idOf(actor)!)
}

/** Somebody else's document: another user's account, or one made by another desk worker. */
const othersDocument = (target: Target) => specs[target].fixture(otherDeskWorker.id)

const ownerOf = (target: Target, doc: Doc) => String(doc[specs[target].ownerField ?? 'id'])

const checks: Record<Op, (actor: Actor, target: Target, rule: Rule) => Promise<void>> = {
  create: async (actor, target, rule) => {
    const { body, field, value } = await specs[target].create()
    const before = await countOf(target)
    const res = await send(actor, 'POST', `/api/${target}`, body)
    if (rule === 'none') {
      expect(REFUSED).toContain(res.status)
      expect(await countOf(target)).toBe(before)
      expect(await countOf(target, { [field]: { equals: value } })).toBe(0)
      return
    }
    expect(res.status).toBe(201)
    const doc = await stored(target, res.body.doc.id)
    expect(doc?.[field]).toBe(value)
    expect(await countOf(target)).toBe(before + 1)
    const ownerField = specs[target].ownerField
    // The owner is the author, except for accounts and training completions (the staff member who completed it).
    if (ownerField && target !== 'users' && target !== 'training-completions')
      expect(String(doc?.[ownerField])).toBe(String(idOf(actor)))
    if (target === 'work-documents') expect(doc).toMatchObject({ mimeType: 'application/pdf' })
    if (target === 'media') expect(doc).toMatchObject({ mimeType: 'image/png' })
  },

  read: async (actor, target, rule) => {
    const other = await othersDocument(target)
    const own = rule === 'own' ? await ownDocument(target, actor) : undefined
    const list = await send(actor, 'GET', `/api/${target}?pagination=false&depth=0`)
    const byId = await send(actor, 'GET', `/api/${target}/${other}?depth=0`)

    if (rule === 'none') {
      expect(REFUSED).toContain(list.status)
      expect(list.body?.docs).toBeUndefined()
      expect(refusedById(actor, target)).toContain(byId.status)
      expect(byId.body?.id).toBeUndefined()
      return
    }
    expect(list.status).toBe(200)
    const listed = listedIds(list.body)
    if (rule === 'all') {
      expect(listed).toContain(String(other))
      expect(byId.status).toBe(200)
      expect(String(byId.body.id)).toBe(String(other))
      return
    }
    // Only their own: the list is filtered, someone else's document is out of reach by id.
    expect(listed).toContain(String(own))
    expect(listed).not.toContain(String(other))
    for (const id of listed) expect(ownerOf(target, (await stored(target, id))!)).toBe(String(idOf(actor)))
    expect(refusedById(actor, target)).toContain(byId.status)
    expect(byId.body?.id).toBeUndefined()
    const ownById = await send(actor, 'GET', `/api/${target}/${own}?depth=0`)
    expect(ownById.status).toBe(200)
    expect(String(ownById.body.id)).toBe(String(own))
  },

  update: async (actor, target, rule) => {
    // A refusal is tested on a document the actor owns where that could matter, so that it is the
    // operation that is refused and not merely a document out of sight.
    const id = rule === 'none' ? await ownDocument(target, actor) : await othersDocument(target)
    const { field, value } = specs[target].change()
    const before = (await stored(target, id))?.[field]
    const res = await send(actor, 'PATCH', `/api/${target}/${id}`, { [field]: value })
    if (rule === 'all') {
      expect(res.status).toBe(200)
      expect((await stored(target, id))?.[field]).toBe(value)
      return
    }
    expect(refusedById(actor, target)).toContain(res.status)
    expect((await stored(target, id))?.[field]).toEqual(before)
    if (rule === 'own') {
      const own = await ownDocument(target, actor)
      const change = specs[target].change()
      const ownRes = await send(actor, 'PATCH', `/api/${target}/${own}`, { [change.field]: change.value })
      expect(ownRes.status).toBe(200)
      expect((await stored(target, own))?.[change.field]).toBe(change.value)
    }
  },

  delete: async (actor, target, rule) => {
    // Never the actor's own account: that would end their session for the cells still to come.
    const id = rule === 'none' && target !== 'users' ? await ownDocument(target, actor) : await othersDocument(target)
    const res = await send(actor, 'DELETE', `/api/${target}/${id}`)
    if (rule === 'all') {
      expect(res.status).toBe(200)
      expect(await stored(target, id)).toBeUndefined()
      return
    }
    expect(refusedById(actor, target)).toContain(res.status)
    expect(await stored(target, id)).toBeDefined()
  },
}

const verb = (rule: Rule) => (rule === 'none' ? 'may not' : 'may')
const OWN: Partial<Record<Target, string>> = {
  users: 'only their own account',
  registrations: 'only their own of the last 7 days',
  'incorrect-info-reports': 'only the ones they made',
  referrals: 'only the ones they made',
}
const cellName = (actor: Actor, op: Op, target: Target, rule: Rule) =>
  `${actor} ${verb(rule)} ${op} ${target}${rule === 'own' ? ` (${OWN[target]})` : ''}`

beforeAll(async () => {
  users = await createRoleUsers(app.payload, app.url)
  basics = await createBasics(app.payload)
  otherDeskWorker = await app.payload.create({
    collection: 'users',
    data: {
      email: 'andere-balie@test.example',
      password: TEST_PASSWORD,
      name: 'Andere Balie',
      role: 'baliemedewerker',
    },
  })
}, 120_000)

describe.each(Object.keys(MATRIX) as Target[])('%s', (target) => {
  const cells = ACTORS.flatMap((actor, column) =>
    OPS.map((op, index) => {
      const rule = ruleOf(MATRIX[target][column][index])
      return { name: cellName(actor, op, target, rule), actor, op, rule }
    }),
  )
  it.each(cells)('$name', ({ actor, op, rule }) => checks[op](actor, target, rule))
})

describe('brand global', () => {
  const cells = ACTORS.flatMap((actor, column) => [
    { name: `${actor} ${BRAND[column][0] === 'R' ? 'may' : 'may not'} read the brand global`, actor, op: 'read' },
    { name: `${actor} ${BRAND[column][1] === 'U' ? 'may' : 'may not'} update the brand global`, actor, op: 'update' },
  ])

  it.each(cells)('$name', async ({ actor, op }) => {
    const column = ACTORS.indexOf(actor)
    if (op === 'read') {
      const res = await send(actor, 'GET', '/api/globals/brand')
      if (BRAND[column][0] === 'R') {
        expect(res.status).toBe(200)
        expect(res.body.primaryColour).toMatch(/^#[0-9a-f]{6}$/i)
      } else {
        expect(REFUSED).toContain(res.status)
        expect(res.body?.primaryColour).toBeUndefined()
      }
      return
    }
    const before = (await app.payload.findGlobal({ slug: 'brand' })).introText
    const introText = unique('Welkom bij het Infopunt')
    const res = await send(actor, 'POST', '/api/globals/brand', { introText })
    const after = (await app.payload.findGlobal({ slug: 'brand' })).introText
    if (BRAND[column][1] === 'U') {
      expect(res.status).toBe(200)
      expect(after).toBe(introText)
    } else {
      expect(REFUSED).toContain(res.status)
      expect(after).toBe(before)
    }
  })
})

describe("the network's startpage (published, draft, versions)", () => {
  const OPS_STARTPAGE = [
    ['R', 'read the published startpage'],
    ['D', 'read the startpage draft'],
    ['V', 'read the startpage versions'],
    ['U', 'save the startpage'],
  ] as const
  const cells = ACTORS.flatMap((actor, column) =>
    OPS_STARTPAGE.map(([letter, what], index) => {
      const allowed = STARTPAGE[column][index] === letter
      return { name: `${actor} ${allowed ? 'may' : 'may not'} ${what}`, actor, letter, allowed }
    }),
  )

  let startpage: number | string
  let path: string
  const saveDraft = (intro: string) =>
    app.payload.update({ collection: 'startpages', id: startpage, data: { intro, _status: 'draft' }, draft: true })
  const draftIntro = async () =>
    (await app.payload.findByID({ collection: 'startpages', id: startpage, draft: true })).intro

  beforeAll(async () => {
    startpage = (await theStartpage(app.payload)).id
    path = `/api/startpages/${startpage}`
    await app.payload.update({
      collection: 'startpages',
      id: startpage,
      data: { intro: 'Gepubliceerd', _status: 'published' },
    })
    await saveDraft('Geheim concept')
  })

  it.each(cells)('$name', async ({ actor, letter, allowed }) => {
    if (letter === 'R' || letter === 'D') {
      const res = await send(actor, 'GET', `${path}${letter === 'D' ? '?draft=true' : ''}`)
      if (allowed) {
        expect(res.status).toBe(200)
        expect(res.body.intro).toBe(letter === 'D' ? 'Geheim concept' : 'Gepubliceerd')
      } else {
        // Refused, or (for a draft asked by staff) never the draft's text.
        if (actor === 'anonymous' || letter === 'R') expect(REFUSED).toContain(res.status)
        expect(JSON.stringify(res.body ?? '')).not.toContain('Geheim concept')
      }
      return
    }
    if (letter === 'V') {
      const res = await send(actor, 'GET', `/api/startpages/versions?depth=0&where[parent][equals]=${startpage}`)
      if (allowed) {
        expect(res.status).toBe(200)
        expect(res.body.docs.length).toBeGreaterThan(0)
      } else {
        expect(REFUSED).toContain(res.status)
        expect(res.body?.docs).toBeUndefined()
      }
      return
    }
    const before = await draftIntro()
    const intro = unique('Nieuwe intro')
    const res = await send(actor, 'PATCH', `${path}?draft=true`, { intro, _status: 'draft' })
    const after = await draftIntro()
    if (allowed) {
      expect(res.status).toBe(200)
      expect(after).toBe(intro)
      await saveDraft('Geheim concept')
    } else {
      expect(REFUSED).toContain(res.status)
      expect(after).toBe(before)
    }
  })
})

describe('audiences of digital sources and work documents', () => {
  const cells = (['digital-sources', 'work-documents'] as const).flatMap((target) =>
    (Object.keys(AUDIENCE) as (keyof typeof AUDIENCE)[]).flatMap((audience) =>
      ACTORS.map((actor, column) => {
        const allowed = AUDIENCE[audience][column] === 'R'
        return {
          name: `${actor} ${allowed ? 'may' : 'may not'} read ${target} meant for ${audience}`,
          target,
          audience,
          actor,
          allowed,
        }
      }),
    ),
  )

  it.each(cells)('$name', async ({ target, audience, actor, allowed }) => {
    const doc =
      target === 'work-documents'
        ? await workDocument(AUDIENCE_ROLES[audience])
        : await digitalSource(AUDIENCE_ROLES[audience])
    const byId = await send(actor, 'GET', `/api/${target}/${doc.id}?depth=0`)
    const list = await send(actor, 'GET', `/api/${target}?pagination=false&depth=0`)
    const file =
      target === 'work-documents'
        ? await fetch(`${app.url}/api/work-documents/file/${(doc as { filename: string }).filename}`, {
            headers: tokenOf(actor) ? { Authorization: `JWT ${tokenOf(actor)}` } : {},
          })
        : undefined
    if (allowed) {
      expect(byId.status).toBe(200)
      expect(list.status).toBe(200)
      expect(listedIds(list.body)).toContain(String(doc.id))
      if (file) {
        expect(file.status).toBe(200)
        expect(file.headers.get('content-type')).toContain('application/pdf')
      }
      return
    }
    expect(refusedById(actor)).toContain(byId.status)
    expect(byId.body?.id).toBeUndefined()
    if (actor === 'anonymous') expect(REFUSED).toContain(list.status)
    else {
      expect(list.status).toBe(200)
      expect(listedIds(list.body)).not.toContain(String(doc.id))
    }
    if (file) expect(refusedById(actor)).toContain(file.status)
  })
})

describe("the 7-day window on a desk worker's own registrations", () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000).toISOString()

  it('baliemedewerker may read and update their own registration of 6 days ago', async () => {
    const id = await registration(users.baliemedewerker.id, daysAgo(6))
    expect((await send('baliemedewerker', 'GET', `/api/registrations/${id}`)).status).toBe(200)
    const list = await send('baliemedewerker', 'GET', '/api/registrations?pagination=false&depth=0')
    expect(listedIds(list.body)).toContain(String(id))
    const summary = unique('Nagekomen aanvulling')
    expect((await send('baliemedewerker', 'PATCH', `/api/registrations/${id}`, { summary })).status).toBe(200)
    expect((await stored('registrations', id))?.summary).toBe(summary)
  })

  it('baliemedewerker may not read their own registration of 8 days ago, by id or in the list', async () => {
    const id = await registration(users.baliemedewerker.id, daysAgo(8))
    expect(Date.parse((await stored('registrations', id))!.createdAt as string)).toBeLessThan(Date.parse(daysAgo(7.9)))
    const byId = await send('baliemedewerker', 'GET', `/api/registrations/${id}`)
    expect([403, 404]).toContain(byId.status)
    expect(byId.body?.id).toBeUndefined()
    const list = await send('baliemedewerker', 'GET', '/api/registrations?pagination=false&depth=0')
    expect(list.status).toBe(200)
    expect(listedIds(list.body)).not.toContain(String(id))
  })

  it('baliemedewerker may not update their own registration of 8 days ago', async () => {
    const id = await registration(users.baliemedewerker.id, daysAgo(8))
    const before = await stored('registrations', id)
    const res = await send('baliemedewerker', 'PATCH', `/api/registrations/${id}`, { summary: unique('Te laat') })
    expect([403, 404]).toContain(res.status)
    expect(await stored('registrations', id)).toEqual(before)
  })

  it('baliemedewerker may not read another desk worker’s registration of today, by id or in the list', async () => {
    const id = await registration(otherDeskWorker.id)
    expect([403, 404]).toContain((await send('baliemedewerker', 'GET', `/api/registrations/${id}`)).status)
    const list = await send('baliemedewerker', 'GET', '/api/registrations?pagination=false&depth=0')
    expect(listedIds(list.body)).not.toContain(String(id))
  })

  it('coordinator may read a registration of 8 days ago by any desk worker', async () => {
    const id = await registration(otherDeskWorker.id, daysAgo(8))
    const res = await send('coordinator', 'GET', `/api/registrations/${id}`)
    expect(res.status).toBe(200)
    expect(String(res.body.id)).toBe(String(id))
  })

  it('baliemedewerker cannot choose the createdAt of a new registration (it would stay in the window)', async () => {
    const res = await send('baliemedewerker', 'POST', '/api/registrations', {
      location: basics.location.id,
      themes: [basics.theme.id],
      answerType: 'information',
      createdAt: '2099-01-01T00:00:00.000Z',
    })
    // Either refused, or the value ignored: the stored createdAt is the moment of creation.
    if (res.status === 201) {
      const { createdAt } = (await stored('registrations', res.body.doc.id))!
      expect(createdAt).not.toBe('2099-01-01T00:00:00.000Z')
      expect(Math.abs(Date.parse(createdAt as string) - Date.now())).toBeLessThan(60_000)
    } else {
      expect(res.status).toBe(400)
    }
  })

  it('baliemedewerker cannot move the createdAt of their own registration (to keep it in the window)', async () => {
    const id = await registration(users.baliemedewerker.id, daysAgo(6))
    const before = (await stored('registrations', id))!.createdAt
    const res = await send('baliemedewerker', 'PATCH', `/api/registrations/${id}`, {
      createdAt: '2099-01-01T00:00:00.000Z',
    })
    expect([200, 400, 403]).toContain(res.status)
    expect((await stored('registrations', id))!.createdAt).toBe(before)
  })
})

describe('role escalation', () => {
  const adminOnlyIsRefused = async (token: string) => {
    const before = await countOf('users')
    const res = await api(app.url, 'POST', '/api/users', {
      token,
      body: { email: `${unique('stiekem')}@test.example`, password: TEST_PASSWORD, name: 'Stiekem', role: 'beheerder' },
    })
    expect(REFUSED).toContain(res.status)
    expect(await countOf('users')).toBe(before)
  }

  it.each(['communicatie', 'coordinator', 'baliemedewerker'] as const)(
    '%s cannot make themselves beheerder by PATCHing their own account',
    async (role) => {
      const self = await createLoggedInUser(app.payload, app.url, role)
      const res = await api(app.url, 'PATCH', `/api/users/${self.id}`, {
        token: self.token,
        body: { role: 'beheerder' },
      })
      // Refused, or the role field ignored: either way the stored role is unchanged.
      expect([200, 400, 403]).toContain(res.status)
      expect((await stored('users', self.id))?.role).toBe(role)
      await adminOnlyIsRefused(self.token)
      // Still no administrator's rights: only coordinators see colleagues, and nobody else's e-mail.
      const list = await api(app.url, 'GET', '/api/users?pagination=false', { token: self.token })
      if (role === 'coordinator')
        expect(list.body.docs.filter((doc: Doc) => doc.email !== undefined).map((doc: Doc) => String(doc.id))).toEqual([
          String(self.id),
        ])
      else expect(listedIds(list.body)).toEqual([String(self.id)])
    },
  )

  it.each(['communicatie', 'coordinator', 'baliemedewerker'] as const)(
    '%s cannot change their own active flag',
    async (role) => {
      const self = await createLoggedInUser(app.payload, app.url, role)
      const res = await api(app.url, 'PATCH', `/api/users/${self.id}`, { token: self.token, body: { active: false } })
      expect([200, 400, 403]).toContain(res.status)
      expect((await stored('users', self.id))?.active).toBe(true)
    },
  )

  it('a deactivated baliemedewerker cannot reactivate themselves with the session they still hold', async () => {
    const self = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
    await app.payload.update({ collection: 'users', id: self.id, data: { active: false } })
    const res = await api(app.url, 'PATCH', `/api/users/${self.id}`, { token: self.token, body: { active: true } })
    expect(REFUSED).toContain(res.status)
    expect((await stored('users', self.id))?.active).toBe(false)
  })

  it.each(['communicatie', 'coordinator', 'baliemedewerker'] as const)(
    'a deactivated %s cannot log in (Dutch reason) and their session no longer reads anything',
    async (role) => {
      const self = await createLoggedInUser(app.payload, app.url, role)
      const organisation = basics.organisation.id
      // The session works before the account is deactivated...
      expect((await api(app.url, 'GET', `/api/organisations/${organisation}`, { token: self.token })).status).toBe(200)
      await app.payload.update({ collection: 'users', id: self.id, data: { active: false } })

      const res = await api(app.url, 'POST', '/api/users/login', {
        body: { email: self.email, password: TEST_PASSWORD },
      })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(res.body?.token).toBeUndefined()
      expect(res.body.errors[0].message).toMatch(/gedeactiveerd/)

      // ...and not after: not the content, not the roster, not their own account.
      for (const path of [
        `/api/organisations/${organisation}`,
        '/api/organisations',
        '/api/roster-shifts',
        `/api/users/${self.id}`,
      ]) {
        const read = await api(app.url, 'GET', path, { token: self.token })
        // The path goes along so that a failure names the request.
        expect([path, REFUSED.includes(read.status) ? 'refused' : read.status]).toEqual([path, 'refused'])
        expect(read.body?.id).toBeUndefined()
        expect(read.body?.docs).toBeUndefined()
      }
    },
  )

  it.each(['communicatie', 'coordinator', 'baliemedewerker'] as const)(
    '%s may not change another user',
    async (role) => {
      const colleague = await createLoggedInUser(app.payload, app.url, 'baliemedewerker')
      const before = await stored('users', colleague.id)
      const res = await send(role, 'PATCH', `/api/users/${colleague.id}`, { role: 'coordinator', name: 'Overgenomen' })
      expect([403, 404]).toContain(res.status)
      expect(await stored('users', colleague.id)).toEqual(before)
    },
  )
})

/**
 * The staffing rules of an Infopunt (minimum head count, pairing rule and its enforcement) are the
 * administrator's: communications staff edit the rest of the Infopunt, but their change to the rules
 * is ignored; coordinators and desk workers cannot edit an Infopunt at all.
 */
// prettier-ignore
const STAFFING: Row =
  //                         beheerder  communicatie  coordinator  baliemedewerker  anonymous
                            ['U',       '-',          '-',         '-',             '-']

describe('staffing rules of an Infopunt', () => {
  it.each(ACTORS.map((actor, index) => [actor, STAFFING[index]] as const))('%s: %s', async (actor, rule) => {
    const { location } = await createBasics(app.payload)
    const rules = { minimumStaff: 3, requireProfessional: false, pairingEnforcement: 'refuse' }
    const res = await send(actor, 'PATCH', `/api/locations/${location.id}`, { staffing: rules })
    const after = (await stored('locations', location.id))?.staffing
    if (rule === 'U') {
      expect(res.status).toBe(200)
      expect(after).toMatchObject(rules)
    } else {
      expect([200, 401, 403, 404]).toContain(res.status)
      if (actor === 'communicatie') expect(res.status).toBe(200)
      expect(after).toMatchObject({ minimumStaff: 2, requireProfessional: true, pairingEnforcement: 'warn' })
    }
  })
})

describe('anonymous', () => {
  it('anonymous may log in (and, per the matrix, do nothing else)', async () => {
    const res = await api(app.url, 'POST', '/api/users/login', {
      body: { email: users.baliemedewerker.email, password: TEST_PASSWORD },
    })
    expect(res.status).toBe(200)
    expect(res.body.token).toEqual(expect.any(String))
  })
})

/**
 * The network dimension: a document of another network, for every collection that belongs to one and
 * every actor. Last in this file: the second network is made only after the documents, which join
 * the installation's only network when they are made and are then moved (at the database adapter).
 */
describe('another network’s documents', () => {
  const targets = (Object.keys(MATRIX) as Target[]).filter((target) =>
    (networkCollections as readonly string[]).includes(target),
  )
  const theirs = {} as Record<Target, Id>
  let theirStartpage: Id

  beforeAll(async () => {
    for (const target of targets) theirs[target] = await specs[target].fixture(otherDeskWorker.id)
    const other = await app.payload.create({ collection: 'networks', data: { name: unique('Ander netwerk') } })
    const startpages = await app.payload.find({ collection: 'startpages', where: { network: { equals: other.id } } })
    theirStartpage = startpages.docs[0].id
    await app.payload.update({
      collection: 'startpages',
      id: theirStartpage,
      data: { intro: 'Hun startpagina', _status: 'published' },
    })
    for (const target of targets)
      await app.payload.db.updateOne({ collection: target, id: theirs[target], data: { network: other.id } })
  }, 120_000)

  const cells = targets.flatMap((target) => ACTORS.map((actor) => ({ target, actor })))
  it.each(cells)('$actor cannot read, find, count, change or delete one of $target', async ({ target, actor }) => {
    const id = theirs[target]
    const reads = MATRIX[target][ACTORS.indexOf(actor)][1] !== '-'
    const before = await stored(target, id)
    const byId = await send(actor, 'GET', `/api/${target}/${id}?depth=0`)
    expect(reads ? [404] : refusedById(actor)).toContain(byId.status)
    const listed = await send(actor, 'GET', `/api/${target}?depth=0&where[id][equals]=${id}`)
    const counted = await send(actor, 'GET', `/api/${target}/count?where[id][equals]=${id}`)
    for (const res of [listed, counted])
      if (reads) expect([res.status, res.body.totalDocs]).toEqual([200, 0])
      else expect(REFUSED).toContain(res.status)
    const { field, value } = specs[target].change()
    const patched = await send(actor, 'PATCH', `/api/${target}/${id}`, { [field]: value })
    const deleted = await send(actor, 'DELETE', `/api/${target}/${id}`)
    for (const res of [patched, deleted])
      expect(actor === 'anonymous' ? REFUSED : [...REFUSED, 404]).toContain(res.status)
    // An actor who could change their own network's documents learns nothing more than that this one does not exist.
    const changes = MATRIX[target][ACTORS.indexOf(actor)][2] !== '-'
    if (changes) expect(patched.status).toBe(404)
    expect(await stored(target, id)).toEqual(before)
  })

  it.each(ACTORS.map((actor) => ({ actor })))(
    '$actor sees only their own network’s startpage, and cannot change the other’s',
    async ({ actor }) => {
      const path = `/api/startpages/${theirStartpage}`
      const before = await stored('startpages', theirStartpage)
      const byId = await send(actor, 'GET', `${path}?depth=0`)
      expect(actor === 'anonymous' ? REFUSED : [404]).toContain(byId.status)
      const listed = await send(actor, 'GET', '/api/startpages?depth=0&limit=10')
      if (actor !== 'anonymous') {
        expect(listed.status).toBe(200)
        expect(listed.body.docs).toHaveLength(1)
        expect(listed.body.docs[0].id).not.toBe(theirStartpage)
      }
      expect(JSON.stringify(listed.body)).not.toContain('Hun startpagina')
      const versions = await send(actor, 'GET', `/api/startpages/versions?where[parent][equals]=${theirStartpage}`)
      expect(JSON.stringify(versions.body)).not.toContain('Hun startpagina')
      const patched = await send(actor, 'PATCH', path, { intro: 'Overgenomen' })
      expect([...REFUSED, 404]).toContain(patched.status)
      expect(await stored('startpages', theirStartpage)).toEqual(before)
    },
  )
})
