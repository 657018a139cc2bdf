/** Plain text of a Lexical rich-text value: for the search index and exports. */
export const plainText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: string; children?: unknown[]; root?: unknown }
  if (typeof text === 'string') return text
  if (root) return plainText(root)
  return (children ?? []).map(plainText).join(' ').replace(/\s+/g, ' ').trim()
}
