/** The admin navigation groups, in the order communications staff and coordinators use them. */
export const adminGroups = {
  directory: { nl: 'Wegwijzer', en: 'Directory' },
  infopunten: { nl: 'Infopunten', en: 'Information desks' },
  registration: { nl: 'Registratie', en: 'Registration' },
  management: { nl: 'Beheer', en: 'Management' },
} as const
