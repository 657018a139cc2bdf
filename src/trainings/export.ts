import { stringify } from 'csv-stringify/sync'

import { roleLabels, type Role } from '@/access/roles'
import { formatDate } from '@/lib/dates'
import { dutchCsvOptions, neutraliseFormula } from '@/lib/spreadsheetSafety'

import type { TrainingOverview } from './overview'
import { trainingStateLabels } from './status'

/** The training overview as CSV for Dutch Excel: one row per staff member, two columns per training. */
export const trainingOverviewCsv = (overview: TrainingOverview): string => {
  const header = [
    'Naam',
    'Rol',
    'In opleiding',
    'Herhaling nodig',
    ...overview.trainings.flatMap((training) => [
      neutraliseFormula(training.name),
      neutraliseFormula(`${training.name}: geldig tot`),
    ]),
  ]
  const rows = overview.staff.map((person) => [
    neutraliseFormula(person.name),
    roleLabels[person.role as Role]?.nl ?? person.role,
    person.inTraining ? 'ja' : 'nee',
    person.refresherDue ? 'ja' : 'nee',
    ...person.lines.flatMap((line) => [
      line.completedOn
        ? `${trainingStateLabels[line.state]} (${formatDate(`${line.completedOn}T12:00:00Z`)})`
        : trainingStateLabels[line.state],
      line.validUntil ? formatDate(`${line.validUntil}T12:00:00Z`) : '',
    ]),
  ])
  return `\uFEFF${stringify([header, ...rows], dutchCsvOptions)}`
}
