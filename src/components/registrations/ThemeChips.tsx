'use client'

import { useRef, useState, type KeyboardEvent } from 'react'

type Id = number | string

/**
 * The themes as toggle buttons in one toolbar (WAI-ARIA toolbar pattern): a single tab stop that
 * remembers the last chip, the arrow keys and Home/End move between chips, Space or Enter toggles.
 */
export function ThemeChips({
  firstId,
  labelledBy,
  describedBy,
  themes,
  selected,
  onToggle,
}: {
  /** The first chip's id, where a validation error sends the focus. */
  firstId: string
  labelledBy: string
  describedBy?: string
  themes: { id: Id; name: string }[]
  selected: Id[]
  onToggle: (id: Id) => void
}) {
  const [current, setCurrent] = useState(0)
  const chips = useRef<(HTMLButtonElement | null)[]>([])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = themes.length - 1
    const targets: Record<string, number> = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowDown: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      ArrowUp: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }
    if (!(event.key in targets)) return
    event.preventDefault()
    chips.current[targets[event.key]]?.focus()
  }

  return (
    <div
      role="toolbar"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="chips"
      onKeyDown={onKeyDown}
    >
      {themes.map((theme, index) => (
        <button
          key={theme.id}
          ref={(chip) => {
            chips.current[index] = chip
          }}
          id={index === 0 ? firstId : undefined}
          type="button"
          className="chip"
          tabIndex={index === current ? 0 : -1}
          aria-pressed={selected.includes(theme.id)}
          onFocus={() => setCurrent(index)}
          onClick={() => onToggle(theme.id)}
        >
          {theme.name}
        </button>
      ))}
    </div>
  )
}
