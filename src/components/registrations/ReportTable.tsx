import { isSmallCount } from '@/registrations/smallCounts'
import type { Report } from '@/registrations/report'

/** The mark of a small count, and what it means (under the key figures). */
export function SmallCountNote() {
  return <>Een * staat bij aantallen onder de 5: die kunnen naar personen te herleiden zijn, dus noem ze niet los.</>
}

/**
 * One report as a table: a row per value with its count (small ones marked), or a line saying the
 * period is empty. The `figures` class right-aligns every count (no class per cell: the page's HTML
 * stays small).
 */
export function ReportTable({ report, caption, id }: { report: Report; caption: string; id: string }) {
  return (
    <table className="report-table figures" aria-labelledby={id}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">Aantal</th>
        </tr>
      </thead>
      <tbody>
        {report.rows.length === 0 ? (
          <tr>
            <td colSpan={2}>Geen registraties in deze periode.</td>
          </tr>
        ) : (
          report.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className={isSmallCount(row.count) ? 'small-count' : undefined}>{row.count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}
