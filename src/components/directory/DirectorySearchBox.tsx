'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useRef, useState, useTransition } from 'react'

const DEBOUNCE_MS = 200

/**
 * The Wegwijzer's search box: a plain GET form that works without JavaScript; with JavaScript the
 * results follow the typing (debounced) through a soft navigation, so the URL always holds the query.
 */
export function DirectorySearchBox({
  initialQuery,
  filters,
}: {
  initialQuery: string
  /** The active filters, kept when the form is sent without JavaScript. */
  filters: [string, string][]
}) {
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const [query, setQuery] = useState(initialQuery)
  const [pending, startTransition] = useTransition()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const input = useRef<HTMLInputElement>(null)
  const urlQuery = searchParams.get('q') ?? ''

  useEffect(() => () => clearTimeout(timer.current), [])
  // Back and forward change the URL under the box: follow it, unless the desk worker is typing.
  useEffect(() => {
    if (document.activeElement !== input.current) setQuery(urlQuery)
  }, [urlQuery])

  const navigate = (value: string) => {
    const next = new URLSearchParams(searchParams.toString())
    if (value.trim()) next.set('q', value)
    else next.delete('q')
    next.delete('pagina')
    const target = next.toString() ? `${pathname}?${next}` : pathname
    startTransition(() => router.replace(target, { scroll: false }))
  }

  return (
    <form
      action="/wegwijzer"
      method="get"
      role="search"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault()
        clearTimeout(timer.current)
        navigate(query)
      }}
    >
      {filters.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="wegwijzer-q">Zoek een organisatie, dienst of onderwerp</label>
      <div className="search-row">
        <input
          ref={input}
          id="wegwijzer-q"
          name="q"
          type="search"
          autoComplete="off"
          autoFocus
          value={query}
          aria-describedby="wegwijzer-hint"
          onChange={(event) => {
            const value = event.target.value
            setQuery(value)
            clearTimeout(timer.current)
            timer.current = setTimeout(() => navigate(value), DEBOUNCE_MS)
          }}
        />
        <button type="submit" className="button">
          Zoeken
        </button>
      </div>
      <p id="wegwijzer-hint" className="muted">
        Bijvoorbeeld: schulden, mantelzorg, Humanitas, DigiD. Typefouten zijn niet erg.
        {pending && <span className="visually-hidden"> Bezig met zoeken…</span>}
      </p>
    </form>
  )
}
