import type { WorkDocument } from '@/payload-types'

export interface DocumentSeed {
  title: string
  filename: string
  category: WorkDocument['category']
  lines: string[]
  monthsAgo: number
}

export const documents: DocumentSeed[] = [
  {
    title: 'Werkomschrijving baliemedewerker Infopunt',
    filename: 'werkomschrijving-baliemedewerker.pdf',
    category: 'job-description',
    monthsAgo: 3,
    lines: [
      'Je ontvangt inwoners gastvrij en verheldert hun vraag.',
      'Je geeft informatie en advies, of verwijst warm door.',
      'Je registreert elke vraag, zonder persoonsgegevens.',
    ],
  },
  {
    title: 'Rooster Infopunten (toelichting)',
    filename: 'rooster-toelichting.pdf',
    category: 'roster',
    monthsAgo: 1,
    lines: ['Het actuele rooster staat in het digitale Infopunt.', 'Ruilen? Meld het bij je infopuntcoördinator.'],
  },
  {
    title: 'Contactenlijst partnerorganisaties',
    filename: 'contactenlijst-partners.pdf',
    category: 'contact-list',
    monthsAgo: 2,
    lines: ['De actuele contactgegevens staan in de Wegwijzer.', 'Achterwacht: Kern Maatschappelijke Dienstverlening.'],
  },
  {
    title: 'Training vraagverheldering (hand-out)',
    filename: 'training-vraagverheldering.pdf',
    category: 'training',
    monthsAgo: 10,
    lines: ['Luister, vat samen, vraag door.', 'Wat heeft de inwoner zelf al geprobeerd?'],
  },
  {
    title: 'Protocol zorgelijke situaties en achterwacht',
    filename: 'protocol-achterwacht.pdf',
    category: 'protocol',
    monthsAgo: 5,
    lines: [
      'Bij acuut gevaar: bel 112.',
      'Bij zorgen over veiligheid thuis: overleg met de achterwacht of Veilig Thuis.',
    ],
  },
]
