/** Plain text of a Lexical rich-text value: for the search index and exports. */
export const plainText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: string; children?: unknown[]; root?: unknown }
  if (typeof text === 'string') return text
  if (root) return plainText(root)
  return (children ?? []).map(plainText).join(' ').replace(/\s+/g, ' ').trim()
}
/** Minimal Lexical rich text: one paragraph per string. */
export const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: texts.map((text) => ({
      type: 'paragraph',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      textFormat: 0,
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})
