import { formatDate } from '@/lib/dates'

/** When an organisation's details were last checked, and a word of caution when that is long ago or never. */
export function VerifiedNote({ lastVerifiedAt, overdue }: { lastVerifiedAt?: string | null; overdue: boolean }) {
  return (
    <p className={overdue ? 'verified overdue' : 'verified muted'}>
      {lastVerifiedAt ? `Gegevens gecontroleerd op ${formatDate(lastVerifiedAt)}` : 'Gegevens nooit gecontroleerd'}
      {overdue &&
        (lastVerifiedAt ? ' – langer dan een jaar geleden, controleer ze bij twijfel' : ' – controleer ze bij twijfel')}
    </p>
  )
}
