import type { OrganisationOutcome } from '@/referrals/outcomes'

/** Per organisation: referrals in the period, share confirmed, median working days to the first answer, share completed. */
export function OutcomeTable({ outcomes }: { outcomes: OrganisationOutcome[] }) {
  return (
    <table className="report-table" aria-labelledby="uitkomst" data-testid="referral-outcomes">
      <caption className="visually-hidden">Uitkomst doorverwijzingen per organisatie</caption>
      <thead>
        <tr>
          <th scope="col">Organisatie</th>
          <th scope="col" className="number">
            Doorverwijzingen
          </th>
          <th scope="col" className="number">
            Bevestigd
          </th>
          <th scope="col" className="number">
            Werkdagen tot antwoord (mediaan)
          </th>
          <th scope="col" className="number">
            Afgerond
          </th>
        </tr>
      </thead>
      <tbody>
        {outcomes.length === 0 ? (
          <tr>
            <td colSpan={5}>Geen doorverwijzingen in deze periode.</td>
          </tr>
        ) : (
          outcomes.map((outcome) => (
            <tr key={outcome.key}>
              <th scope="row">{outcome.label}</th>
              <td className="number">{outcome.referrals}</td>
              <td className="number">{outcome.confirmedPercent}%</td>
              <td className="number">
                {outcome.medianWorkingDays === null ? '–' : outcome.medianWorkingDays.toLocaleString('nl-NL')}
              </td>
              <td className="number">{outcome.completedPercent}%</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}
