import { DEFAULT_PRIMARY_COLOUR } from '@/brand/defaults'

import { InfopuntMark } from '@/components/shell/InfopuntMark'

/** The admin's logo (login and account pages): the mark with the name beside it. */
export const Logo = () => (
  <span
    role="img"
    aria-label="Infopunt"
    style={{ display: 'inline-flex', alignItems: 'center', gap: '0.6rem', fontSize: '2rem', fontWeight: 700 }}
  >
    <InfopuntMark size={44} fill={DEFAULT_PRIMARY_COLOUR} />
    <span aria-hidden="true">Infopunt</span>
  </span>
)
