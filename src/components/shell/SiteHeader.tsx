import Link from 'next/link'

import { hasRole, roleLabels, type Role } from '@/access/roles'
import { logoutAction } from '@/auth/actions'
import { restrictedPages } from '@/auth/restrictedPages'
import type { User } from '@/payload-types'

import { getBrand } from '@/brand/load'

interface NavItem {
  href: string
  label: string
  roles?: readonly Role[]
}

const navigation: NavItem[] = [
  { href: '/', label: 'Startpagina' },
  { href: '/wegwijzer', label: 'Wegwijzer' },
  { href: '/registreren', label: 'Registreren', roles: restrictedPages.registreren.roles },
  { href: '/rooster', label: 'Rooster' },
  { href: '/trainingen', label: 'Trainingen' },
  { href: '/rapportage', label: 'Rapportage', roles: restrictedPages.rapportage.roles },
  { href: '/admin', label: 'Beheer', roles: ['beheerder', 'communicatie', 'coordinator'] },
]

export async function SiteHeader({ user, current }: { user: User; current: string }) {
  const brand = await getBrand()
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="brand-link">
          {brand.name}
        </Link>
        <nav aria-label="Hoofdmenu">
          <ul className="nav-list">
            {navigation
              .filter((item) => !item.roles || hasRole(user, ...item.roles))
              .map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="user-menu">
          <span>
            {user.name} <span className="muted">({roleLabels[user.role as Role].nl})</span>
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
