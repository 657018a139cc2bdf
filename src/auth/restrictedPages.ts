import { canRegister, canReport } from '@/access/registrations'
import type { UserPredicate } from '@/access/roles'

/** Frontend pages for some roles only, and who they are for (the message for anyone else). */
export const restrictedPages = {
  rapportage: {
    title: 'Rapportage',
    allowed: canReport,
    audience: 'die is voor coördinatoren en beheerders',
  },
  registreren: {
    title: 'Registreren',
    allowed: canRegister,
    audience: 'dat is voor baliemedewerkers en beheerders',
  },
} as const satisfies Record<string, { title: string; allowed: UserPredicate; audience: string }>

export type RestrictedPage = keyof typeof restrictedPages

/** Why the startpage was opened instead of the page asked for (`/?geenToegang=<page>`). */
export const noAccessMessage = (page: string): string => {
  const restricted = Object.hasOwn(restrictedPages, page) ? restrictedPages[page as RestrictedPage] : undefined
  return restricted
    ? `Je hebt geen toegang tot ${restricted.title}; ${restricted.audience}.`
    : 'Je hebt geen toegang tot die pagina.'
}
