/**
 * A number as Dutch people write it — "21,80", "€ 21,80", "1.250,00" — or with a decimal point
 * ("2.50", "52.5057"); null when it is none.
 */
export const parseDutchDecimal = (value: string): number | null => {
  const bare = value.replace(/[€\s]/g, '')
  const normalised = bare.includes(',') ? bare.replace(/\./g, '').replace(',', '.') : bare
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null
}

const euroAmount = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
})

/** An amount in euro as a Dutch reader writes it back: 2.5 → "2,50". */
export const formatEuroAmount = (value: number): string => euroAmount.format(value)
