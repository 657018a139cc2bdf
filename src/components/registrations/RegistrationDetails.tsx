'use client'

interface Option {
  value: string
  label: string
}

export interface DetailValues {
  channel: string
  ageBand: string
  domain: string
  durationMinutes: string
  followUp: boolean
}

/** One labelled choice among the details; `empty` offers "not filled in" first. */
function DetailSelect({
  id,
  label,
  value,
  options,
  empty,
  onChange,
}: {
  id: string
  label: string
  value: string
  options: Option[]
  empty?: string
  onChange: (value: string) => void
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The optional details of a registration, folded away: channel, target group, domain, duration, follow-up. */
export function RegistrationDetails({
  idPrefix,
  values,
  onChange,
  channels,
  ageBands,
  domains,
}: {
  idPrefix: string
  values: DetailValues
  onChange: (patch: Partial<DetailValues>) => void
  channels: Option[]
  ageBands: Option[]
  domains: Option[]
}) {
  return (
    <details>
      <summary>Meer details (kanaal, doelgroep, domein, vervolg)</summary>
      <div className="register-row">
        <DetailSelect
          id={`${idPrefix}-channel`}
          label="Kanaal"
          value={values.channel}
          options={channels}
          onChange={(channel) => onChange({ channel })}
        />
        <DetailSelect
          id={`${idPrefix}-ageBand`}
          label="Doelgroep"
          value={values.ageBand}
          options={ageBands}
          onChange={(ageBand) => onChange({ ageBand })}
        />
        <DetailSelect
          id={`${idPrefix}-domain`}
          label="Domein"
          value={values.domain}
          options={domains}
          empty="Niet ingevuld"
          onChange={(domain) => onChange({ domain })}
        />
        <div className="field">
          <label htmlFor={`${idPrefix}-duration`}>Duur (minuten)</label>
          <input
            id={`${idPrefix}-duration`}
            type="number"
            min={0}
            max={480}
            step={5}
            value={values.durationMinutes}
            onChange={(event) => onChange({ durationMinutes: event.target.value })}
          />
        </div>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.followUp}
          onChange={(event) => onChange({ followUp: event.target.checked })}
        />{' '}
        Vervolg nodig
      </label>
    </details>
  )
}
