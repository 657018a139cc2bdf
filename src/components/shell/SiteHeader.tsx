import { canEditContent } from '@/access/isContentEditor'
import { canManageRoster } from '@/access/isRosterManager'
import { isStaffMember } from '@/access/isStaff'
import { isPlatformAdministrator } from '@/access/platform'
import { roleLabels, type Role, type UserPredicate } from '@/access/roles'
import { logoutAction } from '@/auth/actions'
import { restrictedPages } from '@/auth/restrictedPages'
import type { User } from '@/payload-types'

import { getBrand } from '@/brand/load'
import { switchNetwork } from '@/networks/actions'
import { loadNetworkSwitch } from '@/networks/loaders'

interface NavItem {
  href: string
  label: string
  /** Who sees the item; staff when not said. */
  allowed?: UserPredicate
}

const navigation: NavItem[] = [
  { href: '/', label: 'Startpagina' },
  { href: '/wegwijzer', label: 'Wegwijzer' },
  { href: '/doorverwijzingen', label: 'Doorverwijzingen' },
  { href: '/registreren', label: 'Registreren', allowed: restrictedPages.registreren.allowed },
  { href: '/rooster', label: 'Rooster' },
  { href: '/trainingen', label: 'Trainingen' },
  { href: '/rapportage', label: 'Rapportage', allowed: restrictedPages.rapportage.allowed },
  // For the roles with work in the admin panel: content, directory and roster.
  { href: '/admin', label: 'Beheer', allowed: (user) => canEditContent(user) || canManageRoster(user) },
  { href: '/platform', label: 'Platform', allowed: (user) => isPlatformAdministrator(user as User) },
]

/** Someone's role as the header names it: a platform administrator in no network holds none. */
const roleLabel = (user: User) =>
  isStaffMember(user) ? roleLabels[user.role as Role].nl : isPlatformAdministrator(user) ? 'Platformbeheerder' : ''

// The header's links are plain links: every page is rendered per request for its user, so the client
// router would gain nothing on them, while it would cost every page its script and hydration work.
export async function SiteHeader({ user, current }: { user: User; current: string }) {
  const [brand, networks] = await Promise.all([getBrand(), loadNetworkSwitch()])
  return (
    <header className="site-header">
      <div className="container header-inner">
        <a href="/" className="brand-link">
          {/* eslint-disable-next-line @next/next/no-img-element -- a network's own uploaded logo, a few KB, behind login */}
          {brand.logo && <img src={brand.logo.url} alt="" className="brand-logo" />}
          {brand.name}
        </a>
        <nav aria-label="Hoofdmenu">
          <ul className="nav-list">
            {navigation
              .filter((item) => (item.allowed ?? isStaffMember)(user))
              .map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <div className="user-menu">
          {networks && (
            <form action={switchNetwork} className="network-switch">
              <label htmlFor="network-switch">Netwerk</label>
              <select id="network-switch" name="network" defaultValue={networks.current}>
                {networks.networks.map((network) => (
                  <option key={network.id} value={network.id}>
                    {network.name}
                  </option>
                ))}
              </select>
              <input type="hidden" name="terug" value={current} />
              <button type="submit" className="button-link">
                Wisselen
              </button>
            </form>
          )}
          <span>
            {user.name} <span className="muted">({roleLabel(user)})</span>
          </span>
          <form action={logoutAction}>
            <button type="submit" className="button-link">
              Uitloggen
            </button>
          </form>
        </div>
      </div>
    </header>
  )
}
