import { DEFAULT_PRIMARY_COLOUR } from '@/globals/Brand'

/** The Infopunt mark: an "i" in a rounded square in the brand colour (admin navigation, same as the favicon). */
export const InfopuntMark = ({ size = 28 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="7" fill={DEFAULT_PRIMARY_COLOUR} />
    <circle cx="16" cy="8.5" r="2.6" fill="#fff" />
    <rect x="13.6" y="13" width="4.8" height="12.5" rx="1.4" fill="#fff" />
  </svg>
)

/** The admin's small graphic (top of the navigation trail, linking to the dashboard). */
export const Icon = () => (
  <span role="img" aria-label="Infopunt" style={{ display: 'inline-flex' }}>
    <InfopuntMark size={24} />
  </span>
)
