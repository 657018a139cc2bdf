/**
 * Registrations are anonymous: the privacy guard finds personal data in a free-text summary, so the
 * server can refuse it. It names what it found, never the value itself (which would end up in logs).
 */
export interface Finding {
  kind: 'bsn' | 'email' | 'phone' | 'address' | 'iban' | 'birthDate' | 'name'
  label: string
}

const labels: Record<Finding['kind'], string> = {
  bsn: 'een burgerservicenummer (BSN)',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  address: 'een adres (postcode of straat met huisnummer)',
  iban: 'een rekeningnummer (IBAN)',
  birthDate: 'een geboortedatum',
  name: 'een naam',
}

const digitsOf = (text: string) => text.replace(/\D/g, '')

/** The BSN "elfproef": 9×d1 + 8×d2 + … + 2×d8 − d9 is a multiple of 11. */
export const passesElevenTest = (digits: string): boolean => {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0)
  return sum % 11 === 0
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export const passesIbanCheck = (iban: string): boolean => {
  const compact = iban.replace(/\s/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false
  // Digit by digit, a letter counting as the two digits 10–35, without building the long number.
  let remainder = 0
  for (let i = 0; i < compact.length; i++) {
    const code = compact.charCodeAt((i + 4) % compact.length)
    remainder = code >= 65 ? (remainder * 100 + code - 55) % 97 : (remainder * 10 + code - 48) % 97
  }
  return remainder === 1
}

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec'
// Every pattern runs in time linear in the text: quantifiers are bounded ({m,n}), none is nested in
// another, and a pattern that could start anywhere inside a run of characters (the e-mail address)
// may only start at the beginning of that run. Without this a long summary took quadratic time
// (a 45,000-character one blocked the server for 16 seconds).
const STREET =
  /\b[A-Z][a-zà-ÿ]{1,40}(?:straat|weg|laan|plein|singel|gracht|kade|dijk|pad|steeg|dreef|markt|hof|erf|veld|park)\s{1,3}\d{1,4}\s?[a-zA-Z]?\b/
const POSTCODE_WITH_NUMBER =
  /\b[1-9]\d{3}\s?[A-Z]{2}\b(?:\s{0,3},?\s{0,3}(?:nr\.?\s{0,3})?\d{1,4}[a-z]?\b)|\b\d{1,4}[a-z]?\s{0,3},\s{0,3}[1-9]\d{3}\s?[A-Z]{2}\b/
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}/
const PHONE = /(?:\+31|0031)[\s-]?(?:\(0\))?[\s-]?\d(?:[\s-]?\d){8}\b|(?<![\d,.€])\b0\d(?:[\s-]?\d){8}\b/
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/gi
const NUMBER_RUNS = /\b\d{4}[.\s]\d{2}[.\s]\d{3}\b|\b\d{3}[.\s]\d{3}[.\s]\d{3}\b|\b\d{9}\b/g
const NAME_AFTER_TITLE =
  /\b(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de heer|juffrouw)\s{1,3}(?:(?:van|de|der|den|ter|ten)\s{1,3}){0,3}[A-Z][a-zà-ÿ'-]{1,40}/i
const BIRTH_CONTEXT = /\b(?:geboren|geb\.|geboortedatum)\b/i
const FULL_DATE = new RegExp(
  `\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(\\d{1,2})\\s{1,3}(?:${MONTHS})\\.?\\s{1,3}(\\d{4})\\b`,
  'gi',
)

/** A full date whose year lies more than ten years back is a birth date, not an appointment. */
const hasBirthDate = (text: string, now: Date) => {
  const inBirthContext = BIRTH_CONTEXT.test(text)
  for (const match of text.matchAll(FULL_DATE)) {
    const year = Number(match[3] ?? match[4] ?? match[8])
    if (inBirthContext || (year >= 1900 && year <= now.getFullYear() - 10)) return true
  }
  return false
}

/** A matched IBAN-like run may have taken along the next short word ("… 7034 van"): try without it. */
const isIban = (candidate: string) =>
  passesIbanCheck(candidate) || passesIbanCheck(candidate.replace(/\s[A-Z0-9]{1,4}$/i, ''))

export const findPersonalData = (text: string, now = new Date()): Finding[] => {
  const found = new Set<Finding['kind']>()
  if (EMAIL.test(text)) found.add('email')
  const withoutEmail = text.replace(EMAIL, ' ')
  const withoutIban = withoutEmail.replace(IBAN, (match) => {
    if (!isIban(match)) return match
    found.add('iban')
    return ' '
  })
  if ([...withoutIban.matchAll(NUMBER_RUNS)].some((match) => passesElevenTest(digitsOf(match[0])))) found.add('bsn')
  if (PHONE.test(withoutIban)) found.add('phone')
  if (POSTCODE_WITH_NUMBER.test(text) || STREET.test(text)) found.add('address')
  if (hasBirthDate(text, now)) found.add('birthDate')
  // "meneer/mevrouw" followed by a capitalised word: in the text as typed, not case-folded.
  const title = text.match(NAME_AFTER_TITLE)
  if (title && /\s[A-Z]/.test(title[0].replace(/^\S+/, ''))) found.add('name')
  return [...found].map((kind) => ({ kind, label: labels[kind] }))
}

const joinDutch = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`

/** The longest summary a registration holds; also bounds the work of the patterns above. */
export const SUMMARY_MAX_LENGTH = 500

/** Field validation for the registration summary: a Dutch message naming what was found. */
export const validateSummary = (value: string | null | undefined): true | string => {
  if (!value) return true
  // Before any pattern runs, whoever calls this (the field, the form).
  if (value.length > SUMMARY_MAX_LENGTH)
    return `De samenvatting is te lang: hoogstens ${SUMMARY_MAX_LENGTH} tekens (nu ${value.length}).`
  const findings = findPersonalData(value)
  return findings.length === 0
    ? true
    : `De samenvatting lijkt persoonsgegevens te bevatten: ${joinDutch(findings.map((finding) => finding.label))}. Haal die weg; een registratie blijft anoniem.`
}
