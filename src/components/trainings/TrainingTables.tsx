import { formatDate } from '@/lib/dates'
import type { StaffTrainings, TrainingOverview } from '@/trainings/overview'
import { trainingStateLabels, type TrainingLine } from '@/trainings/status'

const day = (date: string) => formatDate(`${date}T12:00:00Z`)

function LineCell({ line }: { line: TrainingLine }) {
  return (
    <>
      <span className={`training-state training-${line.state}`}>{trainingStateLabels[line.state]}</span>
      {/* "Behaald op …"; otherwise when it was done, so a refresher's date is not read as the state's. */}
      {line.completedOn && (
        <span className="muted">
          {line.state === 'done' ? ' op ' : ' (behaald op '}
          {day(line.completedOn)}
          {line.validUntil && <>, geldig tot {day(line.validUntil)}</>}
          {line.state === 'done' ? '' : ')'}
        </span>
      )}
    </>
  )
}

const personState = (person: Pick<StaffTrainings, 'inTraining' | 'refresherDue'>) =>
  person.inTraining ? 'In opleiding' : person.refresherDue ? 'Herhaling nodig' : 'Opgeleid'

/** For coordinators: who still needs what, who is due for a refresher. */
export function TrainingOverviewTable({ overview }: { overview: TrainingOverview }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Trainingen per medewerker">
      <table className="training-table">
        <caption className="visually-hidden">Trainingen per medewerker</caption>
        <thead>
          <tr>
            <th scope="col">Medewerker</th>
            <th scope="col">Stand</th>
            {overview.trainings.map((training) => (
              <th scope="col" key={training.id}>
                {training.name}
                {!training.required && <span className="muted"> (niet verplicht)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.staff.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              <td>
                <strong>{personState(person)}</strong>
              </td>
              {person.lines.map((line) => (
                <td key={line.training.id}>
                  <LineCell line={line} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A staff member's own trainings. */
export function OwnTrainings({ lines, inTraining }: { lines: TrainingLine[]; inTraining: boolean }) {
  return (
    <>
      <p>
        {inTraining
          ? 'Je bent in opleiding: je werkt aan de balie naast een opgeleide collega tot je de verplichte trainingen hebt gevolgd.'
          : 'Je hebt de verplichte trainingen gevolgd.'}
      </p>
      <ul className="training-list" role="list">
        {lines.map((line) => (
          <li key={line.training.id}>
            <strong>{line.training.name}</strong>
            {!line.training.required && <span className="muted"> (niet verplicht)</span>}: <LineCell line={line} />
          </li>
        ))}
      </ul>
    </>
  )
}
