import { readFile } from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import {
  APIError,
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { restoreErrorDetails } from './errorDetails'
import { MAX_MULTIPART_FILE_BYTES, MAX_UPLOAD_BYTES, megabytes } from './fileLimits'

/**
 * Upload safety for the collections with files (media, work-documents), before Payload stores
 * anything: the type is decided by the file's content (magic bytes), never by its name or the
 * client's Content-Type; each collection has a size limit; text formats that can carry script (SVG,
 * HTML, XML, JavaScript) are never accepted, whatever their name; file names are checked and
 * sanitised, and the stored name gets the extension of the detected type.
 */

const MB = 1024 * 1024

/** Payload's answer when a multipart file goes beyond MAX_MULTIPART_FILE_BYTES. */
export const multipartLimitMessage = `Het bestand is te groot; hoogstens ${megabytes(MAX_MULTIPART_FILE_BYTES)} is toegestaan.`

export interface UploadRules {
  /** Allowed MIME types, as detected from the content. */
  mimeTypes: string[]
  maxBytes: number
  /** What the collection holds, for messages: "een afbeelding", "een document". */
  noun: string
  /** Human names of the allowed formats, for messages. */
  formats: string
}

const refuse = (message: string, status = 400): never => {
  throw new APIError(message, status, { errors: [{ path: 'file', message }] }, true)
}

const FOLDER_IN_NAME = 'De bestandsnaam mag geen mappen, ".." of een punt aan het begin bevatten.'

// C0 and C1 control characters, and Unicode format characters (bidi overrides such as U+202E,
// zero-width characters) that make a name display differently from what it is.
const CONTROL_OR_FORMAT = /[\u0000-\u001f\u007f-\u009f]|\p{Cf}/u

/** Why a client-supplied file name is refused, or null when it is acceptable. */
export const fileNameProblem = (name: string): string | null => {
  if (!name.trim()) return 'Het bestand heeft geen naam.'
  if (CONTROL_OR_FORMAT.test(name))
    return 'De bestandsnaam bevat onzichtbare tekens of stuurtekens. Geef het bestand een gewone naam en probeer het opnieuw.'
  if (/[/\\]/.test(name) || name.includes('..') || name.startsWith('.')) return FOLDER_IN_NAME
  if (name.length > 200) return 'De bestandsnaam is te lang (hoogstens 200 tekens).'
  return null
}

/** A safe stored name: letters, digits, spaces and . _ ( ) -, with the extension of the detected type. */
export const sanitiseFileName = (name: string, extension: string): string => {
  const base =
    name
      .normalize('NFC')
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N} ._()-]+/gu, '-')
      .replace(/\s+/g, ' ')
      .replace(/-{2,}/g, '-')
      .replace(/^[\s.-]+|[\s.-]+$/g, '')
      .slice(0, 120) || 'bestand'
  return `${base}.${extension}`
}

const fileBytes = async (file: NonNullable<PayloadRequest['file']>): Promise<Buffer> =>
  file.data && file.data.length > 0 ? file.data : file.tempFilePath ? readFile(file.tempFilePath) : Buffer.alloc(0)

/** beforeOperation hook enforcing `rules` on create and update. */
export const uploadSafety =
  (rules: UploadRules): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
    const data = args.data as Record<string, unknown> | undefined
    // A stored name is only ever derived from an upload: a client cannot set or rename it.
    if (data && typeof data.filename === 'string') {
      const problem = fileNameProblem(data.filename)
      if (problem) refuse(problem)
      if (!req.file) delete data.filename
    }
    const file = req.file
    if (!file) return args

    const problem = fileNameProblem(file.name)
    if (problem) refuse(problem)
    const bytes = await fileBytes(file)
    const size = Math.max(file.size ?? 0, bytes.length)
    if (size > rules.maxBytes)
      refuse(
        `Het bestand is te groot (${megabytes(size)}); ${rules.noun} mag hoogstens ${megabytes(rules.maxBytes)} zijn.`,
        413,
      )
    if (size === 0) refuse('Het bestand is leeg.')

    const detected = await fileTypeFromBuffer(bytes).catch(() => undefined)
    if (!detected || !rules.mimeTypes.includes(detected.mime))
      refuse(
        `Dit bestand is geen ${rules.formats}${detected ? ` maar ${detected.ext.toUpperCase()}` : ''}. ` +
          `Alleen ${rules.formats} kan worden geüpload; het type wordt aan de inhoud herkend, niet aan de naam.`,
      )

    file.mimetype = detected!.mime
    file.name = sanitiseFileName(file.name, detected!.ext)
    return args
  }

/** Payload's own upload messages are English; these are the ones a user can meet, in Dutch. */
const translations: [RegExp, string][] = [
  [/Invalid MIME type|is not allowed|Restricted file type/i, 'Dit soort bestand is niet toegestaan.'],
  [/corrupted PDF|Invalid PDF/i, 'Dit PDF-bestand is beschadigd of ongeldig.'],
  [/SVG file contains/i, 'SVG-bestanden worden niet geaccepteerd.'],
  [/size limit/i, multipartLimitMessage],
  [/Could not read uploaded file/i, 'Het bestand kon niet worden gelezen.'],
  [/No files were uploaded|Missing file/i, 'Kies een bestand om te uploaden.'],
  [/Invalid filename/i, FOLDER_IN_NAME],
]

/** Errors of the multipart parser: a broken form (e.g. control characters in a part header) is the client's, not a 500. */
const MALFORMED_MULTIPART =
  /Malformed part header|Unexpected end of (form|multipart)|Malformed urlencoded|Multipart: Boundary not found/i

const translate = (message: unknown): unknown => {
  if (typeof message !== 'string') return message
  return translations.find(([pattern]) => pattern.test(message))?.[1] ?? message
}

/** afterError hook: Dutch messages for Payload's upload errors, and 400 for a malformed multipart form. */
export const dutchUploadErrors: CollectionAfterErrorHook = ({ error, result }) => {
  if (MALFORMED_MULTIPART.test(error?.message ?? '')) {
    const message =
      'Het formulier met het bestand is ongeldig (bijvoorbeeld door stuurtekens in de bestandsnaam). Kies het bestand opnieuw.'
    return { response: { errors: [{ message }] }, status: 400 }
  }
  // The production bundle can leave out the details; they hold the reason to translate.
  const response = (restoreErrorDetails(error, result) ?? result) as {
    errors?: { message?: unknown; data?: { errors?: { message?: unknown }[] } }[]
  }
  if (!response?.errors) return
  for (const entry of response.errors) {
    const details = entry.data?.errors ?? []
    for (const detail of details) detail.message = translate(detail.message)
    // A ValidationError's own message only names the field ("The following field is invalid: file").
    entry.message =
      details.length > 0 && typeof details[0].message === 'string' ? details[0].message : translate(entry.message)
  }
  return { response: response as Record<string, unknown> }
}

export const imageUploadRules: UploadRules = {
  mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
  maxBytes: 5 * MB,
  noun: 'een afbeelding',
  formats: 'PNG-, JPEG- of WebP-afbeelding',
}

export const documentUploadRules = (mimeTypes: string[]): UploadRules => ({
  mimeTypes,
  maxBytes: MAX_UPLOAD_BYTES,
  noun: 'een document',
  formats: 'PDF-, Word- (DOCX), Excel- (XLSX) of OpenDocument-bestand (ODT)',
})
