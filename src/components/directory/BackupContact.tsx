import { groupBackupContacts, type BackupContact as Contact } from '@/locations/backup'

/**
 * The Infopunten's back-up ("achterwacht"), with its direct line: near the search on the startpage,
 * and in the Wegwijzer when a search finds nothing or little.
 */
export function BackupContact({
  contacts,
  lead,
  headingLevel = 2,
}: {
  contacts: Contact[]
  lead: string
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const groups = groupBackupContacts(contacts)
  return (
    <aside className="backup-contact" aria-labelledby="achterwacht-titel">
      <Heading id="achterwacht-titel" className="backup-contact__title">
        Achterwacht
      </Heading>
      <p>{lead}</p>
      <ul role="list">
        {groups.map((group) => (
          <li key={`${group.organisation}-${group.phone}`}>
            {group.href ? <a href={group.href}>{group.organisation}</a> : group.organisation}
            {group.phone && (
              <>
                {' '}
                — <a href={`tel:${group.phone.replace(/[^+0-9]/g, '')}`}>{group.phone}</a>
              </>
            )}
            {groups.length > 1 || contacts.length > 1 ? (
              <span className="muted"> ({group.locations.join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </aside>
  )
}
