/**
 * A number as Dutch people write it — "21,80", "€ 21,80", "1.250,00" — or with a decimal point
 * ("2.50", "52.5057"); null when it is none.
 */
export const parseDutchDecimal = (value: string): number | null => {
  const bare = value.replace(/[€\s]/g, '')
  const normalised = bare.includes(',') ? bare.replace(/\./g, '').replace(',', '.') : bare
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null
}

const formats = new Map<number | undefined, Intl.NumberFormat>()

/** A number as a Dutch reader writes it back: 2.5 → "2,50" with 2 decimals, 52.581 → "52,581" without. */
export const formatDecimal = (value: number, decimals?: number): string => {
  let format = formats.get(decimals)
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 6,
      useGrouping: false,
    })
    formats.set(decimals, format)
  }
  return format.format(value)
}
