export interface Announcement {
  id?: string | null
  title: string
  body?: string | null
  publishAt?: string | null
  expiresAt?: string | null
  important?: boolean | null
}

/** Shown now: published (or no publish date) and not yet expired; important ones first, newest first. */
export const activeAnnouncements = <T extends Announcement>(all: readonly T[] | null | undefined, now: Date): T[] =>
  (all ?? [])
    .filter((item) => (!item.publishAt || new Date(item.publishAt) <= now) && !isExpired(item, now))
    .sort(
      (a, b) =>
        Number(Boolean(b.important)) - Number(Boolean(a.important)) ||
        (b.publishAt ?? '').localeCompare(a.publishAt ?? ''),
    )

export const isExpired = (item: Announcement, now: Date): boolean =>
  Boolean(item.expiresAt && new Date(item.expiresAt) <= now)
