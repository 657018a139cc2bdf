/** The brand colour until an editor chooses one: the Brand global's default and every reader's fallback. */
export const DEFAULT_PRIMARY_COLOUR = '#0b5e6b'
