import { daysFromNow, type StartpageSeed } from '../../startpage'

/** Netwerk Versterkt's startpage: the four libraries' desks and the project's partners. */
export const netwerkVersterktStartpage = (): StartpageSeed => ({
  intro:
    'Welkom bij Netwerk Versterkt. Hier vind je wie er vandaag op de balie staat in Den Helder, Anna Paulowna, Schagen en Den Burg, de partners van het netwerk en de verwijsmailboxen.',
  announcements: [
    {
      title: 'Netwerkbijeenkomst in Bibliotheek Schagen',
      body: 'Dinsdagmiddag komen de baliemedewerkers en de partners van het netwerk samen om casussen te bespreken; aanmelden bij je coördinator.',
      publishAt: daysFromNow(-2),
      expiresAt: daysFromNow(12),
      important: true,
    },
    {
      title: 'Noordkopvoorelkaar zoekt vrijwilligers voor vervoer',
      body: 'Ken je inwoners die een paar uur per week willen rijden naar het ziekenhuis in Den Helder? Verwijs ze naar Noordkopvoorelkaar.',
      publishAt: daysFromNow(-5),
      expiresAt: daysFromNow(30),
    },
  ],
  pinnedLinks: [
    { label: 'Wegwijzer: de partners van het netwerk', url: '/wegwijzer' },
    { label: 'Weekrooster van de vier Infopunten', url: '/rooster' },
  ],
})
