/** The Infopunt mark: an "i" in a rounded square, drawn as public/favicon.svg. Decorative: callers name it. */
export const InfopuntMark = ({ size, fill }: { size: number; fill: string }) => (
  <svg viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
    <rect width="64" height="64" rx="14" style={{ fill }} />
    <circle cx="32" cy="16.5" r="6" fill="#fff" />
    <path d="M24 27h12v23h5v6H23v-6h5V33h-4z" fill="#fff" />
  </svg>
)
