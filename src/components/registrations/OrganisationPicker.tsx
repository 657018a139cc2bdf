'use client'

import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react'

import { searchOrganisations, type OrganisationOption } from '@/registrations/organisationSearch'

/** A combobox over the Wegwijzer: type part of a name, pick with the arrow keys and Enter, or click. */
export function OrganisationPicker({
  inputId,
  selected,
  onChange,
  error,
  describedBy,
}: {
  inputId: string
  selected: OrganisationOption[]
  onChange: (organisations: OrganisationOption[]) => void
  error: ReactNode
  describedBy?: string
}) {
  const [query, setQuery] = useState('')
  const [options, setOptions] = useState<OrganisationOption[]>([])
  // No option is active until the arrow keys choose one: the first ArrowDown lands on the first.
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const listId = `${inputId}-list`

  useEffect(() => {
    const q = query.trim()
    if (q.length < 2) {
      setOptions([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      searchOrganisations(q, controller.signal)
        .then((found) => {
          setOptions(found.filter((option) => !selected.some((chosen) => String(chosen.id) === String(option.id))))
          setActive(-1)
          setOpen(true)
        })
        .catch(() => undefined)
    }, 150)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, selected])

  const choose = (option: OrganisationOption) => {
    onChange([...selected, option])
    setQuery('')
    setOptions([])
    setOpen(false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open || options.length === 0) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActive((index) => (index + 1) % options.length)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((index) => (index <= 0 ? options.length : index) - 1)
    } else if (event.key === 'Enter') {
      // With the list open, Enter picks an option and never sends the form.
      event.preventDefault()
      if (active >= 0) choose(options[active])
    } else if (event.key === 'Escape') {
      setOpen(false)
    }
  }

  return (
    <div className="field typeahead">
      <label htmlFor={inputId}>Doorverwezen naar</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 && active < options.length ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        placeholder="Typ een deel van de naam"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Gevonden organisaties"
        className="typeahead-list"
        hidden={!open || options.length === 0}
      >
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.name}
          </li>
        ))}
      </ul>
      {selected.length > 0 && (
        <ul className="selected-orgs" aria-label="Gekozen organisaties">
          {selected.map((organisation) => (
            <li key={organisation.id}>
              <button
                type="button"
                onClick={() => onChange(selected.filter((chosen) => chosen.id !== organisation.id))}
              >
                {organisation.name} <span aria-hidden="true">×</span>
                <span className="visually-hidden"> verwijderen</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error}
    </div>
  )
}
