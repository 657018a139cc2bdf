export function ReportChart({ svg, label }: { svg: string; label: string }) {
  // The chart is a picture of the table beside it: assistive technology reads the table.
  return (
    <figure className="chart">
      <div aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="visually-hidden">{label}</figcaption>
    </figure>
  )
}
