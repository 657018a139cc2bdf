/** The Infopunt mark (the "i" of public/favicon.svg) with the brand's name, as one image. */
export function InfopuntLogo({ name }: { name: string }) {
  return (
    <span className="infopunt-logo" role="img" aria-label={name}>
      <svg viewBox="0 0 64 64" width="40" height="40" aria-hidden="true" focusable="false">
        <rect width="64" height="64" rx="14" style={{ fill: 'var(--brand)' }} />
        <circle cx="32" cy="16.5" r="6" fill="#fff" />
        <path d="M24 27h12v23h5v6H23v-6h5V33h-4z" fill="#fff" />
      </svg>
      <span aria-hidden="true">{name}</span>
    </span>
  )
}
