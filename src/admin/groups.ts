/** The admin navigation groups, in the order communications staff and coordinators use them. */
export const adminGroups = {
  directory: { nl: 'Wegwijzer', en: 'Directory' },
  // Not "Infopunten": that is the name of the collection of desks in it.
  infopunten: { nl: 'Aan de balie', en: 'At the desk' },
  registration: { nl: 'Registratie', en: 'Registration' },
  management: { nl: 'Beheer', en: 'Management' },
} as const
