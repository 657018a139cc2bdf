import { DEFAULT_PRIMARY_COLOUR } from '@/brand/defaults'

import { InfopuntMark } from '@/components/shell/InfopuntMark'

/** The admin's small graphic (top of the navigation trail, linking to the dashboard). */
export const Icon = () => (
  <span role="img" aria-label="Infopunt" style={{ display: 'inline-flex' }}>
    <InfopuntMark size={24} fill={DEFAULT_PRIMARY_COLOUR} />
  </span>
)
