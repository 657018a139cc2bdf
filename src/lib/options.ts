/** A select option as the collections define it: a value and its label per language (Dutch first). */
export interface Option {
  value: string
  label: string | { nl: string; en?: string }
}

/** The Dutch text of a label. */
export const dutchLabel = (label: Option['label']): string => (typeof label === 'string' ? label : label.nl)

/** The Dutch label of a value, or the value itself when it is not (or no longer) one of the options. */
export const labelOf = (options: readonly Option[], value: string): string => {
  const option = options.find((candidate) => candidate.value === value)
  return option ? dutchLabel(option.label) : value
}

/** The options with their Dutch labels, as the frontend's select boxes and groupings show them. */
export const dutchOptions = (options: readonly Option[]): { value: string; label: string }[] =>
  options.map((option) => ({ value: option.value, label: dutchLabel(option.label) }))
