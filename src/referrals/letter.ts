/** The letter's lines the desk worker fills in; a letter is not sent with one of them still empty. */
const BLANKS = [
  { label: 'De vraag', named: 'de vraag' },
  { label: 'De inwoner is bereikbaar via', named: 'hoe de inwoner bereikbaar is' },
]

/**
 * The start of a warm referral e-mail to a partner organisation. It is a professional letter, so it
 * addresses its reader as "u" (staff screens say "je"; see the README's "Language").
 */
export const referralLetter = (greeting: string, deskName: string): string =>
  `${greeting}\n\nVanuit ${deskName} verwijzen we een inwoner naar u door, met diens toestemming.\n\n${BLANKS.map((blank) => `${blank.label}: `).join('\n\n')}\n\nMet vriendelijke groet,\n`

/** The blanks of the letter left empty in a message: what is still to be filled in, named for the reader. */
export const unfilledBlanks = (message: string): string[] =>
  BLANKS.filter(({ label }) => new RegExp(`^${label}:[ \\t]*$`, 'm').test(message)).map(({ named }) => named)

/**
 * The end of every referral e-mail: the code and the two links with which the organisation answers
 * (no login; each works once, for 30 days, and shows nothing but this referral's code).
 */
export const linkFooter = (code: string, receivedUrl: string, outcomeUrl: string): string =>
  [
    `Verwijscode: ${code}`,
    '',
    'Wilt u laten weten dat u deze doorverwijzing hebt ontvangen?',
    `Ontvangen: ${receivedUrl}`,
    '',
    'En later of u contact hebt gehad, en of het is afgerond of niet gelukt?',
    `Contact gehad / afgerond: ${outcomeUrl}`,
    '',
    'Elke link werkt één keer en is 30 dagen geldig.',
  ].join('\n')
