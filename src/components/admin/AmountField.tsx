'use client'

import { TextInput, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useEffect, useRef, useState, type CSSProperties } from 'react'

import { formatEuroAmount, parseDutchDecimal } from '@/lib/decimal'

type Amount = number | string | null | undefined

const shown = (value: Amount): string =>
  typeof value === 'number' ? formatEuroAmount(value) : typeof value === 'string' ? value : ''

/** What the form holds for a typed text: the amount, nothing, or the text itself so the server refuses it. */
const held = (text: string): number | string | null => (text.trim() === '' ? null : (parseDutchDecimal(text) ?? text))

/**
 * An amount in euro typed as Dutch people write it ("2,50", "€ 1.250,00"). Payload's number input
 * would let the browser read "2,50" as 250; this one reads the comma as the decimal separator and
 * shows the amount back with two decimals once the field is left.
 */
export const AmountField: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { path, value, setValue, showError, disabled } = useField<Amount>({ potentiallyStalePath: pathFromProps })
  const [text, setText] = useState(() => shown(value))
  const inputRef = useRef<HTMLInputElement>(null)

  // The form may change the value itself (after saving, on a reset): show that value then.
  useEffect(() => {
    setText((current) => (held(current) === (value ?? null) ? current : shown(value)))
  }, [value])

  useEffect(() => {
    inputRef.current?.setAttribute('inputmode', 'decimal')
  }, [])

  const style = (field.admin?.width ? { '--field-width': field.admin.width } : { flex: '1 1 auto' }) as CSSProperties

  return (
    <div
      onBlur={() => {
        if (typeof value === 'number') setText(formatEuroAmount(value))
      }}
      style={style}
      className="amount-field"
    >
      <TextInput
        description={field.admin?.description}
        inputRef={inputRef as React.RefObject<HTMLInputElement>}
        label={field.label}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          setText(event.target.value)
          setValue(held(event.target.value))
        }}
        path={path}
        placeholder="0,00"
        readOnly={readOnly || disabled}
        required={field.required}
        showError={showError}
        value={text}
      />
    </div>
  )
}
