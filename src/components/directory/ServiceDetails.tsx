import type { DirectoryResult } from '@/directory/search'

type Details = DirectoryResult['details']

const kilometres = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

/** Open or closed right now, in words (not by colour alone). */
export function OpenNowBadge({ openNow }: { openNow: boolean | null }) {
  if (openNow === null) return null
  return <span className={openNow ? 'badge open' : 'badge closed'}>{openNow ? 'Nu open' : 'Nu gesloten'}</span>
}

/**
 * For whom, the area served, costs, languages, how to apply and where (with the building's accessibility): what a
 * desk worker chooses by. Only what is known is shown.
 */
export function ServiceDetails({ details }: { details: Details }) {
  const rows: [string, React.ReactNode][] = []
  if (details.eligibility) rows.push(['Voor wie', details.eligibility])
  if (details.areasServed.length) rows.push(['Werkgebied', details.areasServed.join(', ')])
  if (details.cost) rows.push(['Kosten', details.cost])
  if (details.languages.length) rows.push(['Talen', details.languages.join(', ')])
  if (details.applicationProcess) rows.push(['Aanmelden', details.applicationProcess])
  for (const place of details.places)
    rows.push([
      details.places.length > 1 ? `Locatie ${place.name}` : 'Locatie',
      <>
        {place.address}
        {details.distanceKm !== null && details.places.length === 1 && (
          <> ({kilometres.format(details.distanceKm)} km)</>
        )}
        {(place.accessibility.length > 0 || place.accessibilityNote) && (
          <>
            <br />
            Toegankelijkheid: {[...place.accessibility, place.accessibilityNote].filter(Boolean).join(', ')}
          </>
        )}
      </>,
    ])
  if (details.distanceKm !== null && details.places.length !== 1)
    rows.push(['Afstand', `${kilometres.format(details.distanceKm)} km`])
  if (!rows.length) return null
  return (
    <dl className="service-details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
