import type { OrganisationOutcome } from '@/referrals/outcomes'

/** Per organisation: referrals in the period, share confirmed, median working days to the first answer, share completed. */
export function OutcomeTable({ outcomes }: { outcomes: OrganisationOutcome[] }) {
  return (
    <table className="report-table figures" aria-labelledby="uitkomst" data-testid="referral-outcomes">
      <caption className="visually-hidden">Uitkomst doorverwijzingen per organisatie</caption>
      <thead>
        <tr>
          <th scope="col">Organisatie</th>
          <th scope="col">Doorverwijzingen</th>
          <th scope="col">Bevestigd</th>
          <th scope="col">Werkdagen tot antwoord (mediaan)</th>
          <th scope="col">Afgerond</th>
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
              <td>{outcome.referrals}</td>
              <td>{outcome.confirmedPercent}%</td>
              <td>{outcome.medianWorkingDays === null ? '–' : outcome.medianWorkingDays.toLocaleString('nl-NL')}</td>
              <td>{outcome.completedPercent}%</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}
