'use client'

import { TextInput, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useEffect, useRef, useState, type CSSProperties } from 'react'

import { formatDecimal, parseDutchDecimal } from '@/lib/decimal'

type Held = number | string | null | undefined

const shown = (value: Held, decimals?: number): string =>
  typeof value === 'number' ? formatDecimal(value, decimals) : typeof value === 'string' ? value : ''

/**
 * What the form holds for a typed text: the number, nothing, or the text itself, which the server
 * refuses with the field's example ("Vul hier een getal in, zoals 2,50.") instead of saving nothing.
 */
const held = (text: string): number | string | null => (text.trim() === '' ? null : (parseDutchDecimal(text) ?? text))

/**
 * A decimal number typed as Dutch people write it ("2,50", "€ 1.250,00", "52,581") or with a point
 * ("52.581"). Payload's number input lets the browser read "2,50" as 250; this one reads the comma
 * as the decimal separator and shows the number back the Dutch way once the field is left, with
 * `admin.custom.decimals` digits when the field sets them (2 for an amount in euro).
 */
export const DecimalField: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const decimals = field.admin?.custom?.decimals as number | undefined
  const { path, value, setValue, showError, disabled } = useField<Held>({ potentiallyStalePath: pathFromProps })
  const [text, setText] = useState(() => shown(value, decimals))
  const inputRef = useRef<HTMLInputElement>(null)

  // The form may change the value itself (after saving, on a reset): show that value then.
  useEffect(() => {
    setText((current) => (held(current) === (value ?? null) ? current : shown(value, decimals)))
  }, [value, decimals])

  useEffect(() => {
    inputRef.current?.setAttribute('inputmode', 'decimal')
  }, [])

  const style = (field.admin?.width ? { '--field-width': field.admin.width } : { flex: '1 1 auto' }) as CSSProperties

  return (
    <div
      className="decimal-field"
      onBlur={() => {
        if (typeof value === 'number') setText(formatDecimal(value, decimals))
      }}
      style={style}
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
        placeholder={field.admin?.placeholder as string | undefined}
        readOnly={readOnly || disabled}
        required={field.required}
        showError={showError}
        value={text}
      />
    </div>
  )
}
