/**
 * A report's chart, drawn on the server as an SVG picture. It is a picture of the table beside it:
 * assistive technology reads the table. Its size is known in advance, so nothing shifts as it loads.
 */
export function ReportChart({
  src,
  width,
  height,
  label,
}: {
  src: string
  width: number
  height: number
  label: string
}) {
  return (
    <figure className="chart">
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn per request: nothing for next/image to optimise */}
      <img src={src} alt="" width={width} height={height} loading="lazy" decoding="async" />
      <figcaption className="visually-hidden">{label}</figcaption>
    </figure>
  )
}
