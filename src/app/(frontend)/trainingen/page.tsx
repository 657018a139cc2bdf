import type { Metadata } from 'next'

import { requireStaff } from '@/auth/currentUser'
import { InviteColleagueForm } from '@/components/people/InviteColleagueForm'
import { SiteHeader } from '@/components/shell/SiteHeader'
import { RosteredWithoutAccountList } from '@/components/trainings/RosteredWithoutAccount'
import { OwnTrainings, TrainingOverviewTable } from '@/components/trainings/TrainingTables'
import { OUTLOOK_DAYS } from '@/roster/outlook'
import { loadTrainingsPage, trainingFilters, type TrainingFilter } from '@/trainings/loaders'

import './trainings.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Trainingen' }

type Props = { searchParams: Promise<{ toon?: string }> }

export default async function TrainingsPage({ searchParams }: Props) {
  const user = await requireStaff('/trainingen')
  const { toon } = await searchParams
  const data = await loadTrainingsPage(user, toon)

  if (data.kind === 'own')
    return (
      <>
        <SiteHeader user={user} current="/trainingen" />
        <main id="inhoud" className="container stack">
          <h1>Mijn trainingen</h1>
          <OwnTrainings lines={data.own.lines} inTraining={data.own.inTraining} />
        </main>
      </>
    )

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
            {(Object.keys(trainingFilters) as TrainingFilter[]).map((key) => (
              <li key={key}>
                <a
                  href={key === 'alle' ? '/trainingen' : `/trainingen?toon=${key}`}
                  aria-current={key === data.filter ? 'page' : undefined}
                >
                  {trainingFilters[key].label} ({data.counts[key]})
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
        {data.overview.staff.length === 0 ? (
          <p>Niemand in deze groep.</p>
        ) : (
          <TrainingOverviewTable overview={data.overview} />
        )}
        {data.withoutAccount.length > 0 && (
          <RosteredWithoutAccountList
            people={data.withoutAccount}
            days={OUTLOOK_DAYS}
            inTraining={data.overview.trainings.some((training) => training.required)}
          />
        )}
        <section aria-labelledby="uitnodigen" className="stack">
          <h2 id="uitnodigen">Nieuwe collega uitnodigen</h2>
          <p>
            Je nieuwe collega krijgt een e-mail met een link om zelf een wachtwoord te kiezen (één keer te gebruiken,
            een week geldig) en staat tot de verplichte trainingen als in opleiding.
          </p>
          <InviteColleagueForm roles={data.invite.roles} locations={data.invite.locations} />
        </section>
      </main>
    </>
  )
}
