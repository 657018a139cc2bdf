import { InfopuntMark } from './InfopuntMark'

/** The Infopunt mark with the brand's name, as one image. */
export function InfopuntLogo({ name }: { name: string }) {
  return (
    <span className="infopunt-logo" role="img" aria-label={name}>
      <InfopuntMark size={40} fill="var(--brand)" />
      <span aria-hidden="true">{name}</span>
    </span>
  )
}
