import type { Field, TextField } from 'payload'

import { contrastRatio, isHexColour } from '@/lib/contrast'

/** White text on the colour must stay readable (WCAG AA: 4.5:1); empty only where `optional`. */
export const validateBrandColour = (value: string | null | undefined, optional = false): string | true => {
  if (optional && !value) return true
  if (!isHexColour(value)) return 'Vul een kleur in als #rrggbb, bijvoorbeeld #0b5e6b.'
  const ratio = contrastRatio(value, '#ffffff')
  return ratio >= 4.5
    ? true
    : `Witte tekst op deze kleur is slecht leesbaar (contrast ${ratio.toFixed(1).replace('.', ',')}:1, minimaal 4,5:1). Kies een donkerdere kleur.`
}

const colourDescription = {
  nl: 'Als #rrggbb. Witte tekst op deze kleur moet goed leesbaar zijn (contrast minstens 4,5:1).',
  en: 'As #rrggbb; white text on it needs a contrast of at least 4.5:1.',
}

/** The brand colour: the installation's (required) or a network's own (optional). */
export const brandColourField = (optional = false): TextField => ({
  name: 'primaryColour',
  type: 'text',
  label: { nl: 'Hoofdkleur', en: 'Primary colour' },
  required: !optional,
  admin: {
    description: optional
      ? { nl: `${colourDescription.nl} Leeg: die van de installatie.`, en: colourDescription.en }
      : colourDescription,
  },
  validate: (value: string | null | undefined) => validateBrandColour(value, optional),
})

/**
 * A network's own brand, each part falling back to the installation's (the Brand global): the name in
 * the header and on printed reports, its logo, colour and welcome text.
 */
export const networkBrandField = (): Field => ({
  name: 'brand',
  type: 'group',
  label: { nl: 'Huisstijl van het netwerk', en: "The network's brand" },
  admin: {
    description: {
      nl: 'Leeg gelaten velden nemen de huisstijl van de installatie over.',
      en: "Empty fields take the installation's brand.",
    },
  },
  fields: [
    { name: 'name', type: 'text', label: { nl: 'Naam in de kop', en: 'Name in the header' }, maxLength: 100 },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: { nl: 'Logo', en: 'Logo' },
      admin: {
        description: {
          nl: 'In de kop van elke pagina en boven de afgedrukte rapportage. Kies een afbeelding van dit netwerk.',
          en: 'In the header of every page and on top of the printed report.',
        },
      },
      // One of the network's own images (media belong to a network).
      filterOptions: ({ id }) => (id === undefined ? false : { network: { equals: id } }),
    },
    brandColourField(true),
    {
      name: 'introText',
      type: 'textarea',
      label: { nl: 'Introductietekst', en: 'Intro text' },
      maxLength: 500,
      admin: {
        description: {
          nl: 'Het welkom op de startpagina, zolang de startpagina van het netwerk geen eigen introductie heeft (Aan de balie › Startpagina).',
          en: "The startpage's welcome while the network's startpage has no intro of its own.",
        },
      },
    },
  ],
})
