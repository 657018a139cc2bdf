'use client'

import { useEffect, useState, type ReactNode } from 'react'

/** Wide enough for the filters beside the results (the layout's breakpoint in globals.css). */
const WIDE = '(min-width: 48.01rem)'

/**
 * The Wegwijzer's filters in a disclosure, so that on a phone the results come first. Closed as
 * served (it works without JavaScript); on a wide screen it opens, beside the results.
 */
export function FilterPanel({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (window.matchMedia(WIDE).matches) setOpen(true)
  }, [])
  return (
    <details className="facets" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="facets-toggle">{summary}</summary>
      <div className="facets-body">{children}</div>
    </details>
  )
}
