/**
 * The start of a warm referral e-mail to a partner organisation. It is a professional letter, so it
 * addresses its reader as "u" (staff screens say "je"; see the README's "Language").
 */
export const referralLetter = (greeting: string, deskName: string): string =>
  `${greeting}\n\nVanuit ${deskName} verwijzen we een inwoner naar u door, met diens toestemming.\n\nDe vraag: \n\nDe inwoner is bereikbaar via: \n\nMet vriendelijke groet,\n`
