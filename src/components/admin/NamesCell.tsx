import type { DefaultServerCellComponentProps } from 'payload'

/** Names (a text field with many values) in a list view's cell, joined; Payload itself shows "[]" when there are none. */
export function NamesCell({ cellData }: DefaultServerCellComponentProps) {
  const names = Array.isArray(cellData) ? cellData.filter((name) => typeof name === 'string' && name) : []
  return <>{names.join(', ')}</>
}
