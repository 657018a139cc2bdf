'use client'

import { useActionState } from 'react'

import { reportIncorrectInfo, type ReportState } from '@/directory/actions'

const kinds = [
  ['phone', 'Telefoonnummer'],
  ['address', 'Adres'],
  ['hours', 'Openingstijden'],
  ['other', 'Iets anders'],
] as const

export function ReportIncorrectInfoForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState<ReportState, FormData>(reportIncorrectInfo, {})
  return (
    <form action={action} className="stack">
      <input type="hidden" name="slug" value={slug} />
      {state.error && (
        <p className="alert alert-error" role="alert">
          {state.error}
        </p>
      )}
      <fieldset className="choice-group">
        <legend>Wat klopt er niet?</legend>
        {kinds.map(([value, label], index) => (
          <label key={value}>
            <input type="radio" name="kind" value={value} required defaultChecked={index === 0} /> {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="melding-toelichting">Toelichting (wat is het juiste gegeven, als je dat weet?)</label>
        <textarea id="melding-toelichting" name="note" rows={3} maxLength={1000} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Bezig…' : 'Melding versturen'}
      </button>
    </form>
  )
}
