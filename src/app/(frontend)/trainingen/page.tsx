import type { Metadata } from 'next'

import { hasRole } from '@/access/roles'
import { requireStaff } from '@/auth/currentUser'
import { SiteHeader } from '@/components/SiteHeader'
import { InviteColleagueForm } from '@/components/people/InviteColleagueForm'
import { OwnTrainings, TrainingOverviewTable } from '@/components/trainings/TrainingTables'
import { getPayloadClient } from '@/lib/payload'
import { inviteOptions } from '@/people/invitations'
import { loadOwnTrainings, loadTrainingOverview } from '@/trainings/overview'

import './trainings.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Trainingen' }

const filters = {
  alle: { label: 'Iedereen', keep: () => true },
  opleiding: { label: 'In opleiding', keep: (person: { inTraining: boolean }) => person.inTraining },
  herhaling: { label: 'Herhaling nodig', keep: (person: { refresherDue: boolean }) => person.refresherDue },
} as const
type Filter = keyof typeof filters

type Props = { searchParams: Promise<{ toon?: string }> }

export default async function TrainingsPage({ searchParams }: Props) {
  const user = await requireStaff('/trainingen')
  const payload = await getPayloadClient()
  const { toon } = await searchParams

  if (!hasRole(user, 'beheerder', 'coordinator')) {
    const own = await loadOwnTrainings(payload, user)
    return (
      <>
        <SiteHeader user={user} current="/trainingen" />
        <main id="inhoud" className="container stack">
          <h1>Mijn trainingen</h1>
          <OwnTrainings lines={own.lines} inTraining={own.inTraining} />
        </main>
      </>
    )
  }

  const filter: Filter = toon && Object.hasOwn(filters, toon) ? (toon as Filter) : 'alle'
  const [overview, invite] = await Promise.all([loadTrainingOverview(payload, user), inviteOptions(payload, user)])
  const shown = { ...overview, staff: overview.staff.filter(filters[filter].keep) }
  const count = (key: Filter) => overview.staff.filter(filters[key].keep).length
  return (
    <>
      <SiteHeader user={user} current="/trainingen" />
      <main id="inhoud" className="container stack">
        <h1>Trainingen</h1>
        <p>
          Elke baliemedewerker volgt de verplichte trainingen. Wie er een nog niet heeft gevolgd, is in opleiding en
          werkt naast een opgeleide collega; het rooster meldt een dienst waar dat niet zo is.
        </p>
        <nav aria-label="Wie tonen" className="training-filter">
          <ul role="list">
            {(Object.keys(filters) as Filter[]).map((key) => (
              <li key={key}>
                <a
                  href={key === 'alle' ? '/trainingen' : `/trainingen?toon=${key}`}
                  aria-current={key === filter ? 'page' : undefined}
                >
                  {filters[key].label} ({count(key)})
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          <a href="/api/trainings/overzicht.csv" download>
            Overzicht downloaden (CSV)
          </a>{' '}
          · <a href="/admin/collections/training-completions/create">Gevolgde training vastleggen</a> ·{' '}
          <a href="/admin/collections/trainings">Trainingen beheren</a>
        </p>
        {shown.staff.length === 0 ? <p>Niemand in deze groep.</p> : <TrainingOverviewTable overview={shown} />}
        <section aria-labelledby="uitnodigen" className="stack">
          <h2 id="uitnodigen">Nieuwe collega uitnodigen</h2>
          <p>
            Je nieuwe collega krijgt een e-mail met een link om zelf een wachtwoord te kiezen (één keer te gebruiken,
            een week geldig) en staat tot de verplichte trainingen als in opleiding.
          </p>
          <InviteColleagueForm roles={invite.roles} locations={invite.locations} />
        </section>
      </main>
    </>
  )
}
