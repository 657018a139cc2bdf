'use client'

import { useRef, useState, type KeyboardEvent } from 'react'

import type { Id } from '@/lib/relations'

/**
 * Toggle buttons in one toolbar (WAI-ARIA toolbar pattern): a single tab stop that remembers the last
 * button, the arrow keys and Home/End move between buttons, a letter moves to the next button
 * starting with it, Space or Enter toggles.
 */
export function ToggleToolbar({
  items,
  pressed,
  onToggle,
  firstId,
  labelledBy,
  describedBy,
  className,
  buttonClassName,
}: {
  items: { id: Id; label: string }[]
  pressed: (id: Id) => boolean
  onToggle: (id: Id) => void
  /** The first button's id, where a validation error sends the focus. */
  firstId: string
  labelledBy: string
  describedBy?: string
  className: string
  buttonClassName: string
}) {
  const [current, setCurrent] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])

  const targetOf = (event: KeyboardEvent<HTMLDivElement>): number | undefined => {
    const last = items.length - 1
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return current === last ? 0 : current + 1
      case 'ArrowLeft':
      case 'ArrowUp':
        return current === 0 ? last : current - 1
      case 'Home':
        return 0
      case 'End':
        return last
    }
    if (event.key.length !== 1 || event.key === ' ' || event.ctrlKey || event.metaKey || event.altKey) return
    const letter = event.key.toLocaleLowerCase('nl')
    const order = [...items.keys()].map((offset) => (current + 1 + offset) % items.length)
    return order.find((index) => items[index].label.toLocaleLowerCase('nl').startsWith(letter))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = targetOf(event)
    if (target === undefined) return
    event.preventDefault()
    buttons.current[target]?.focus()
  }

  return (
    <div
      role="toolbar"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={className}
      onKeyDown={onKeyDown}
    >
      {items.map((item, index) => (
        <button
          key={item.id}
          ref={(button) => {
            buttons.current[index] = button
          }}
          id={index === 0 ? firstId : undefined}
          type="button"
          className={buttonClassName}
          tabIndex={index === current ? 0 : -1}
          aria-pressed={pressed(item.id)}
          onFocus={() => setCurrent(index)}
          onClick={() => onToggle(item.id)}
        >
          {item.label}
        </button>
      ))}
    </div>
  )
}
