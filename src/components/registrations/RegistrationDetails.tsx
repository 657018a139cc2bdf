'use client'

interface Option {
  value: string
  label: string
}

export interface DetailValues {
  channel: string
  targetGroup: string
  domain: string
  durationMinutes: string
  followUp: boolean
}

/** The optional details of a registration, folded away: channel, target group, domain, duration, follow-up. */
export function RegistrationDetails({
  idPrefix,
  values,
  onChange,
  channels,
  targetGroups,
  domains,
}: {
  idPrefix: string
  values: DetailValues
  onChange: (patch: Partial<DetailValues>) => void
  channels: Option[]
  targetGroups: Option[]
  domains: Option[]
}) {
  return (
    <details>
      <summary>Meer details (kanaal, doelgroep, domein, vervolg)</summary>
      <div className="register-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-channel`}>Kanaal</label>
          <select
            id={`${idPrefix}-channel`}
            value={values.channel}
            onChange={(event) => onChange({ channel: event.target.value })}
          >
            {channels.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-targetGroup`}>Doelgroep</label>
          <select
            id={`${idPrefix}-targetGroup`}
            value={values.targetGroup}
            onChange={(event) => onChange({ targetGroup: event.target.value })}
          >
            {targetGroups.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-domain`}>Domein</label>
          <select
            id={`${idPrefix}-domain`}
            value={values.domain}
            onChange={(event) => onChange({ domain: event.target.value })}
          >
            <option value="">Niet ingevuld</option>
            {domains.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
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
