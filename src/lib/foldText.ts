/** Lower case without accents: "Mozaïek" and "mozaiek", "Digicafé" and "digicafe" read the same. */
export const foldCaseAndAccents = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
