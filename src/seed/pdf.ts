/** A valid one-page PDF showing a title and a few lines, for the demo work documents. */
export const simplePdf = (title: string, lines: string[]): Buffer => {
  // WinAnsiEncoding equals Latin-1 for these characters, so Dutch accents (ë, é, ï) survive.
  const escape = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[^\x20-\x7e\xa0-\xff]/g, '?')
      .replace(/([\\()])/g, '\\$1')
  const text = [`BT /F1 18 Tf 56 780 Td (${escape(title)}) Tj ET`]
  lines.forEach((line, index) => text.push(`BT /F1 11 Tf 56 ${740 - index * 18} Td (${escape(line)}) Tj ET`))
  const stream = text.join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
