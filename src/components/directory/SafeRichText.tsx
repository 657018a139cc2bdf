import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import { safeHref } from '@/lib/safeUrl'

type LinkNode = { fields: { url?: string; newTab?: boolean; linkType?: string }; children: unknown[] }

/** A link whose URL is not http(s), mailto, tel or one of our paths is rendered as plain text. */
const linkConverter = ({ node, nodesToJSX }: { node: LinkNode; nodesToJSX: (args: { nodes: never[] }) => unknown }) => {
  const children = nodesToJSX({ nodes: node.children as never[] }) as React.ReactNode
  const href = node.fields.linkType === 'internal' ? undefined : safeHref(node.fields.url)
  if (!href) return <span>{children}</span>
  return node.fields.newTab ? (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: linkConverter as never,
  autolink: linkConverter as never,
})

/** Payload's rich-text renderer (text is escaped by React) with links limited to safe URLs. */
export function SafeRichText({ data }: { data: ComponentProps<typeof RichText>['data'] }) {
  return <RichText data={data} converters={converters} />
}
