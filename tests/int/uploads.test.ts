import { readdirSync } from 'node:fs'

import { beforeAll, describe, expect, it } from '@jest/globals'

import { uploadDir } from '../../src/db/paths'
import { api, createRoleUsers } from '../helpers/api'
import { tinyPdf, tinyPng } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'
import { uploadForm } from '../helpers/uploads'

const app = useTestApp()
let token: string

beforeAll(async () => {
  token = (await createRoleUsers(app.payload, app.url)).communicatie.token
})

const MB = 1024 * 1024
const filesIn = (collection: string) => {
  try {
    return readdirSync(uploadDir(collection)).sort()
  } catch {
    return []
  }
}

const documentFields = { title: 'Werkinstructie', category: 'protocol', versionDate: '2026-01-05T00:00:00.000Z' }

const upload = (
  collection: 'media' | 'work-documents',
  file: { data: Buffer; name: string; mimetype: string },
  fields?: Record<string, unknown>,
) =>
  api(app.url, 'POST', `/api/${collection}`, {
    token,
    body: uploadForm(file, fields ?? (collection === 'media' ? { alt: 'Logo' } : documentFields)),
  })

const messageOf = (body: { errors?: { message?: string }[]; error?: string }): string =>
  body?.errors?.[0]?.message ?? body?.error ?? ''

/** Payload's own English upload and validation wording. */
const ENGLISH = /following field|invalid|not allowed|limit|something went wrong|file type|could not|uploaded/i

/** Refused with a Dutch reason: no row and no file added. */
const expectRefused = async (
  collection: 'media' | 'work-documents',
  file: { data: Buffer; name: string; mimetype: string },
  status: number,
  reason: RegExp,
  fields?: Record<string, unknown>,
) => {
  const rows = (await app.payload.count({ collection })).totalDocs
  const files = filesIn(collection)
  const res = await upload(collection, file, fields)
  expect(res.status).toBe(status)
  expect(messageOf(res.body)).toMatch(reason)
  // Nothing English anywhere in the answer: not the summary, not the field's reason.
  expect(JSON.stringify(res.body)).not.toMatch(ENGLISH)
  const detail = res.body.errors?.[0]?.data?.errors?.[0]
  if (detail) expect(detail).toMatchObject({ path: 'file', label: 'Bestand' })
  expect((await app.payload.count({ collection })).totalDocs).toBe(rows)
  expect(filesIn(collection)).toEqual(files)
}

const svgWithScript = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
)
const html = Buffer.from('<!doctype html><html><body><script>fetch("/api/users/me")</script></body></html>')

describe('uploads are judged by their content', () => {
  it('refuses an HTML file renamed .pdf and sent as application/pdf', async () => {
    await expectRefused(
      'work-documents',
      { data: html, name: 'rooster.pdf', mimetype: 'application/pdf' },
      400,
      /geen PDF/,
    )
  })

  it('refuses an SVG with script renamed .png and sent as image/png', async () => {
    await expectRefused(
      'media',
      { data: svgWithScript, name: 'logo.png', mimetype: 'image/png' },
      400,
      /geen PNG-, JPEG- of WebP/,
    )
  })

  it('refuses an honest SVG and JavaScript as documents', async () => {
    await expectRefused('media', { data: svgWithScript, name: 'logo.svg', mimetype: 'image/svg+xml' }, 400, /herkend/)
    await expectRefused(
      'work-documents',
      {
        data: Buffer.from('alert(1)'),
        name: 'lijst.docx',
        mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      400,
      /geen PDF-, Word/,
    )
  })

  it('refuses a PNG offered as a work document, naming what it is', async () => {
    await expectRefused(
      'work-documents',
      { data: await tinyPng(), name: 'scan.pdf', mimetype: 'application/pdf' },
      400,
      /maar PNG/,
    )
  })

  it('gives Payload’s own refusal of a damaged PDF in Dutch', async () => {
    const damaged = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n')
    await expectRefused(
      'work-documents',
      { data: damaged, name: 'kapot.pdf', mimetype: 'application/pdf' },
      400,
      /beschadigd/,
    )
  })
})

describe('size limits', () => {
  it('refuses an image above 5 MB with 413', async () => {
    const png = Buffer.concat([await tinyPng(), Buffer.alloc(5 * MB + 10)])
    await expectRefused('media', { data: png, name: 'groot.png', mimetype: 'image/png' }, 413, /te groot.*5 MB/)
  })

  it('refuses a document above 10 MB with 413', async () => {
    const pdf = Buffer.concat([tinyPdf(), Buffer.alloc(10 * MB + 10)])
    await expectRefused(
      'work-documents',
      { data: pdf, name: 'groot.pdf', mimetype: 'application/pdf' },
      413,
      /te groot.*10 MB/,
    )
  })
})

describe('file names', () => {
  it.each([
    ['a path that climbs out of the upload folder', '../../etc/passwd.pdf', /mappen/],
    ['a Windows path', '..\\..\\boot.pdf', /mappen/],
    ['a hidden file', '.htaccess.pdf', /punt aan het begin/],
    ['a control character (malformed multipart header)', 'rooster\u0007week.pdf', /stuurtekens/],
    ['a C1 control character', 'rooster\u009bweek.pdf', /stuurtekens/],
    ['a right-to-left override', 'factuur\u202Efdp.exe.pdf', /stuurtekens/],
    ['a zero-width space', 'rooster\u200B.pdf', /stuurtekens/],
  ])('refuses %s', async (_case, name, reason) => {
    await expectRefused('work-documents', { data: tinyPdf(), name, mimetype: 'application/pdf' }, 400, reason)
  })

  it('refuses a stored name set by the client', async () => {
    await expectRefused(
      'work-documents',
      { data: tinyPdf(), name: 'rooster.pdf', mimetype: 'application/pdf' },
      400,
      /mappen/,
      { ...documentFields, filename: '../../data/infopunt.db' },
    )
  })

  it('stores an acceptable name sanitised, with the extension of what the file really is', async () => {
    const res = await upload('work-documents', {
      data: tinyPdf(),
      name: 'Werkinstructie café <versie 2>.html',
      mimetype: 'text/html',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ filename: 'Werkinstructie café -versie 2.pdf', mimeType: 'application/pdf' })
    expect(filesIn('work-documents')).toContain('Werkinstructie café -versie 2.pdf')
  })

  it('does not let an update rename the stored file', async () => {
    const created = await upload('work-documents', {
      data: tinyPdf(),
      name: 'protocol.pdf',
      mimetype: 'application/pdf',
    })
    expect(created.status).toBe(201)
    const res = await api(app.url, 'PATCH', `/api/work-documents/${created.body.doc.id}`, {
      token,
      body: { filename: '../../etc/passwd' },
    })
    expect(res.status).toBe(400)
    expect(messageOf(res.body)).toMatch(/mappen/)
    const doc = await app.payload.findByID({ collection: 'work-documents', id: created.body.doc.id })
    expect(doc.filename).toBe('protocol.pdf')
  })
})

describe('missing files', () => {
  it('refuses a work document without a file, in Dutch', async () => {
    const rows = (await app.payload.count({ collection: 'work-documents' })).totalDocs
    const res = await api(app.url, 'POST', '/api/work-documents', { token, body: documentFields })
    expect(res.status).toBe(400)
    expect(messageOf(res.body)).toMatch(/bestand/i)
    expect(JSON.stringify(res.body)).not.toMatch(ENGLISH)
    expect((await app.payload.count({ collection: 'work-documents' })).totalDocs).toBe(rows)
  })
})

describe('accepted uploads', () => {
  it('accepts a real PNG and a real PDF', async () => {
    expect((await upload('media', { data: await tinyPng(), name: 'logo.png', mimetype: 'image/png' })).status).toBe(201)
    expect(
      (await upload('work-documents', { data: tinyPdf(), name: 'rooster.pdf', mimetype: 'application/pdf' })).status,
    ).toBe(201)
  })
})
