import type { Id } from '@/lib/relations'

export interface LinkableReferral {
  id: Id
  code: string
  organisation: { id: Id; name: string }
}

/** The desk worker's own referrals of the last hours, to link to the registration they came from. */
export function ReferralLinks({
  idPrefix,
  referrals,
  selected,
  onChange,
}: {
  idPrefix: string
  referrals: LinkableReferral[]
  selected: Id[]
  onChange: (selected: Id[]) => void
}) {
  if (referrals.length === 0) return null
  const toggle = (id: Id) =>
    onChange(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id])
  return (
    <fieldset className="stack" aria-describedby={`${idPrefix}-referrals-hint`}>
      <legend>Gekoppelde doorverwijzing (optioneel)</legend>
      <p id={`${idPrefix}-referrals-hint`} className="muted">
        Je eigen doorverwijzingen van de afgelopen uren, op verwijscode.
      </p>
      {referrals.map((referral) => (
        <label key={referral.id} className="checkbox">
          <input type="checkbox" checked={selected.includes(referral.id)} onChange={() => toggle(referral.id)} />{' '}
          {referral.code} · {referral.organisation.name}
        </label>
      ))}
    </fieldset>
  )
}
