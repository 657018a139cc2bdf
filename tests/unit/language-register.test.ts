/**
 * One register per audience (README, "Language"): staff screens, the admin's texts and API messages
 * address the reader as "je/jouw"; texts for residents and letters to partner organisations as
 * "u/uw". Reads the texts in the source (string literals, template literals and JSX text) without
 * starting the app, so a new text in the wrong register fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'

const root = path.resolve(import.meta.dirname, '../..')

/** Texts read by residents or partner organisations: "u/uw". Every other source file is staff-facing. */
const RESIDENT_FACING = [
  'src/app/(frontend)/wegwijzer/[slug]/verwijskaart/', // the referral card handed to the resident
  'src/referrals/letter.ts', // the referral e-mail to an organisation: a professional letter
  // "Kloppen uw gegevens nog?": the mail, the page behind its link and its answers, for the organisation
  'src/app/(frontend)/gegevens-controleren/',
  'src/components/directory/VerificationForm.tsx',
  'src/directory/verification/answer.ts',
  'src/directory/verification/endpoint.ts',
  'src/directory/verification/links.ts',
  'src/directory/verification/sendRequests.ts',
  'src/app/(frontend)/verwijzing/', // the page behind an organisation's answer link
  'src/referrals/answerLink.ts', // its answers to the organisation
  'src/referrals/links.ts', // why a link does not work, to the organisation
  'src/referrals/reminders.ts', // the reminder to an organisation (the staff digest uses neither form)
  'src/referrals/card.ts', // the referral card e-mailed to the resident
  'src/seed/data/serviceDetails.ts', // demo services' public texts (how to apply, for whom), as on a card
]

/** Generated or not written for people: the types, the database migrations. */
const NOT_TEXT = ['src/payload-types.ts', 'src/migrations/']

const FORMAL = /(?<![\p{L}\p{N}_\\])(u|uw|uzelf|U|Uw|Uzelf)(?![\p{L}\p{N}_'’])/u
const INFORMAL = /(?<![\p{L}\p{N}_\\])(je|jij|jou|jouw|jezelf|Je|Jij|Jou|Jouw|Jezelf)(?![\p{L}\p{N}_'’])/u

const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = path.posix.join(dir, name)
    if (statSync(path.join(root, relative)).isDirectory()) return sourceFiles(relative)
    return /\.tsx?$/.test(name) ? [relative] : []
  })

const files = [...sourceFiles('src'), ...sourceFiles('collections'), 'payload.config.ts'].filter(
  (file) => !NOT_TEXT.some((prefix) => file.startsWith(prefix)),
)

const cache = new Map<string, { line: number; text: string }[]>()

/** Every text a person can read in a file: string and template literals and JSX text, with their line. */
const textsOf = (file: string): { line: number; text: string }[] => {
  const cached = cache.get(file)
  if (cached) return cached
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true)
  const texts: { line: number; text: string }[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      // Only sentences: a single word such as a regular expression's flag 'u' is not a text.
      if (/\p{L}\s+\p{L}/u.test(node.text))
        texts.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  cache.set(file, texts)
  return texts
}

const offences = (wrong: RegExp, audience: (file: string) => boolean) =>
  files.filter(audience).flatMap((file) =>
    textsOf(file)
      .filter(({ text }) => wrong.test(text))
      .map(({ line, text }) => `${file}:${line}: ${text.trim()}`),
  )

const residentFacing = (file: string) => RESIDENT_FACING.some((entry) => file.startsWith(entry))

describe('one register per audience', () => {
  it('reads the source texts (the scan finds both registers where they belong)', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(
      files
        .filter(residentFacing)
        .flatMap(textsOf)
        .some(({ text }) => FORMAL.test(text)),
    ).toBe(true)
    expect(offences(INFORMAL, (file) => !residentFacing(file)).length).toBeGreaterThan(10)
  })

  it('staff screens, admin texts and API messages say "je/jouw", never "u/uw"', () => {
    expect(offences(FORMAL, (file) => !residentFacing(file))).toEqual([])
  })

  it('texts for residents and letters to organisations say "u/uw", never "je/jouw"', () => {
    expect(offences(INFORMAL, residentFacing)).toEqual([])
  })

  it('the admin says "je/jouw" also where Payload’s own Dutch says "u/uw"', async () => {
    const config = await (await import('../../payload.config')).default
    const own = config.i18n.supportedLanguages.nl!.translations as unknown as Record<string, Record<string, unknown>>
    const ours = (config.i18n.translations?.nl ?? {}) as Record<string, Record<string, unknown>>
    const shown = Object.entries(own).flatMap(([group, texts]) =>
      Object.entries(texts).map(([key, text]) => [`${group}:${key}`, ours[group]?.[key] ?? text] as const),
    )
    expect(shown.length).toBeGreaterThan(500)
    expect(shown.filter(([, text]) => typeof text === 'string' && FORMAL.test(text))).toEqual([])
  })
})
