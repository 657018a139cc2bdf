import { beforeAll, describe, expect, it } from '@jest/globals'

import {
  findPersonalData,
  passesElevenTest,
  passesIbanCheck,
  validateSummary,
} from '../../src/registrations/privacyGuard'
import type { Registration } from '../../src/payload-types'
import { adversarialShapes, fastestMilliseconds } from '../helpers/adversarial'
import { api, createRoleUsers } from '../helpers/api'
import { createBasics } from '../helpers/fixtures'
import { useTestApp } from '../helpers/useTestApp'

const NOW = new Date('2026-11-23T10:00:00Z')

/** Summaries that hold personal data, with the kind the guard must report. */
const positives: [string, string][] = [
  ['BSN 111222333 meegenomen', 'bsn'],
  ['bsn: 123456782', 'bsn'],
  ['Burgerservicenummer 835337406 genoteerd', 'bsn'],
  ['nummer 278.683.873 op de brief', 'bsn'],
  ['BSN 1004.57.721 van de aanvrager', 'bsn'],
  ['418 942 328 staat op de beschikking', 'bsn'],
  ['heeft 463907656 als bsn', 'bsn'],
  ['mailen naar jan.jansen@gmail.com', 'email'],
  ['contact via j_de-vries+post@ziggo.nl', 'email'],
  ['E-mail: bea@example.org graag terugbellen', 'email'],
  ['antwoord naar INFO@HOTMAIL.COM', 'email'],
  ['Bereikbaar op 06-12345678', 'phone'],
  ['bel 06 1234 5678 na vijven', 'phone'],
  ['tel 0612345678', 'phone'],
  ['nummer 0529-123456 (thuis)', 'phone'],
  ['vaste lijn 038 123 45 67', 'phone'],
  ['mobiel +31 6 12345678', 'phone'],
  ['+31612345678 is haar nummer', 'phone'],
  ['via 0031 6 1234 5678 bereikbaar', 'phone'],
  ['terugbellen op 010-1234567', 'phone'],
  ['telefoon +31 (0)20 123 4567', 'phone'],
  ['woont op 7721 AB 12', 'address'],
  ['adres 7711AB, 4a', 'address'],
  ['12, 8151 AC Lemelerveld', 'address'],
  ['Dorpsstraat 14 in Dalfsen', 'address'],
  ['woont aan de Kerkweg 3a', 'address'],
  ['verhuisd naar Stationsplein 2', 'address'],
  ['Molenlaan 117, tweede verdieping', 'address'],
  ['IBAN NL91ABNA0417164300', 'iban'],
  ['rekening NL91 ABNA 0417 1643 00 geblokkeerd', 'iban'],
  ['overmaken naar NL20INGB0001234567', 'iban'],
  ['Duitse rekening DE89 3704 0044 0532 0130 00', 'iban'],
  ['BE68539007547034 van de zoon', 'iban'],
  ['nl02abna0123456789 genoemd', 'iban'],
  ['geboren op 12-03-1954', 'birthDate'],
  ['geboortedatum 3/7/1988', 'birthDate'],
  ['geb. 01.02.1949', 'birthDate'],
  ['is van 14 maart 1950 en woont alleen', 'birthDate'],
  ['1962-08-30 is haar verjaardag', 'birthDate'],
  ['geboren 5 januari 2001', 'birthDate'],
  ['dossier vanaf 21-11-1975', 'birthDate'],
  ['mevrouw Jansen vroeg naar huurtoeslag', 'name'],
  ['Meneer De Boer wil een taalmaatje', 'name'],
  ['dhr. Pietersen belt terug', 'name'],
  ['mw. Bakker heeft schulden', 'name'],
  ['mevr. El Amrani, statushouder', 'name'],
  ['de heer van der Berg komt morgen', 'name'],
  ['Mevrouw Yilmaz zoekt vrijwilligerswerk', 'name'],
  ['dhr Hendriks had vragen over DigiD', 'name'],
  ['gesprek met meneer Mulder over mantelzorg', 'name'],
  ['mw Smit en haar dochter', 'name'],
  ['mail jan@example.org of bel 06-12345678', 'email'],
]

/** Summaries a desk worker writes every day, which must pass. */
const negatives = [
  '3 kinderen thuis, vraag over kinderopvangtoeslag',
  'Wmo 2015: uitleg over maatwerkvoorziening',
  'kind in groep 8, vraag over voortgezet onderwijs',
  'schuld van € 1.250,00 bij de energieleverancier',
  'huur is 725 euro per maand',
  'afspraak om 14:30 bij het sociaal team',
  'kwam om 9.45 uur langs',
  'sinds 2019 mantelzorger voor haar man',
  'ouder dan 65 jaar, woont alleen',
  'vraag over de regiotaxi, 2 ritten per week',
  'meneer wilde weten hoe DigiD werkt',
  'mevrouw vroeg naar de voedselbank',
  'dhr. kwam terug voor een vervolgvraag',
  'uitleg over artikel 12 van de Participatiewet',
  'zorgtoeslag 2026 aanvragen voor 1 mei',
  'afspraak op 12-01-2027 bij de gemeente',
  'brief van 03-11-2026 over de eigen bijdrage',
  'belastingaangifte over 2025',
  'energietoeslag van 800 euro',
  'doorverwezen naar Humanitas Thuisadministratie',
  'Home-Start voor gezin met tweeling van 2',
  'inkomen rond bijstandsniveau, 1.400 per maand',
  'vraag over WW-uitkering na 10 jaar werk',
  'PGB of zorg in natura? uitgelegd',
  'vier weken wachttijd bij MEE',
  'rekening van 249,95 niet betaald',
  'postcodegebied 7721 hoort bij Dalfsen',
  'woont in Nieuwleusen, wijk Oosterveld',
  'Kulturhus de Spil, ruimte 2',
  'buslijn 161 naar Zwolle',
  'formulier 2B ingevuld',
  'eigen risico 385 euro',
  'zoekt werk voor 24 uur per week',
  'Taalpunt op woensdag 10:00 - 12:00',
  'vraag over huurverhoging van 4,5 procent',
  'uitkering van 1.327,02 netto',
  'dossiernummer onbekend, gemeente belt terug',
  'klantnummer 12345 bij de energieleverancier',
  'parkeervergunning voor 2 auto’s',
  'leeftijd 83, slechtziend',
  'voor de 3e keer langs gekomen',
  'Wet langdurige zorg (Wlz) indicatie aangevraagd',
  'gesprek duurde 45 minuten',
  'jeugdhulp via het CJG, 2 gesprekken',
  'de heer had vragen over zijn pensioen',
  'juffrouw van groep 3 had geadviseerd langs te komen',
  'noodfonds van 500 euro aangevraagd',
  'tussen 13:00 en 17:00 bereikbaar via het Infopunt',
  'AOW-leeftijd 67 jaar en 3 maanden',
  'Straatnaambord kapot, melding gemeente',
  'bankpas geblokkeerd, bank gebeld',
  'versie 2.0 van het formulier',
]

describe('the privacy guard', () => {
  it('checks the elfproef and IBAN check digits', () => {
    expect(passesElevenTest('111222333')).toBe(true)
    expect(passesElevenTest('123456789')).toBe(false)
    expect(passesIbanCheck('NL91ABNA0417164300')).toBe(true)
    expect(passesIbanCheck('NL91ABNA0417164301')).toBe(false)
  })

  it(`has a corpus of at least 50 positives and 50 negatives`, () => {
    expect(positives.length).toBeGreaterThanOrEqual(50)
    expect(negatives.length).toBeGreaterThanOrEqual(50)
  })

  it('misses none of the positives', () => {
    const misses = positives.filter(
      ([text, kind]) => !findPersonalData(text, NOW).some((finding) => finding.kind === kind),
    )
    expect(misses).toEqual([])
  })

  it('raises no false alarm on the negatives', () => {
    const alarms = negatives
      .map((text) => [text, findPersonalData(text, NOW).map((finding) => finding.kind)] as const)
      .filter(([, kinds]) => kinds.length > 0)
    expect(alarms).toEqual([])
  })

  it('does not mistake a 9-digit number failing the elfproef for a BSN', () => {
    expect(findPersonalData('kenmerk 123456789', NOW)).toEqual([])
  })

  // Each pattern once took time quadratic in the length of such a run (10,000 × "a": about a second).
  it.each(adversarialShapes)('reads 10,000 characters of %j in under 5 ms', (unit) => {
    const text = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000)
    expect(fastestMilliseconds(() => findPersonalData(text, NOW))).toBeLessThan(5)
  })

  it('refuses a summary over 500 characters before any pattern runs', () => {
    expect(validateSummary('x'.repeat(500))).toBe(true)
    expect(validateSummary('a'.repeat(1_200_000))).toBe(
      'De samenvatting is te lang: hoogstens 500 tekens (nu 1200000).',
    )
  })
})

describe('registrations refuse personal data in the summary', () => {
  const app = useTestApp()
  let token: string
  let basics: Awaited<ReturnType<typeof createBasics>>
  beforeAll(async () => {
    token = (await createRoleUsers(app.payload, app.url)).baliemedewerker.token
    basics = await createBasics(app.payload)
  })

  it('answers 400 saying what it found, without echoing it, and stores nothing', async () => {
    const before = (await app.payload.count({ collection: 'registrations' })).totalDocs
    const res = await api(app.url, 'POST', '/api/registrations', {
      token,
      body: {
        location: basics.location.id,
        themes: [basics.theme.id],
        answerType: 'information',
        summary: 'Mevrouw Jansen, bereikbaar op 06-12345678, vroeg naar huurtoeslag',
      },
    })
    expect(res.status).toBe(400)
    const error = res.body.errors[0].data.errors.find((item: { path: string }) => item.path === 'summary')
    expect(error.message).toContain('een telefoonnummer en een naam')
    expect(error.message).not.toContain('12345678')
    expect((await app.payload.count({ collection: 'registrations' })).totalDocs).toBe(before)
  })

  it('refuses an over-long summary quickly, over REST and through the Local API, and stores nothing', async () => {
    const before = (await app.payload.count({ collection: 'registrations' })).totalDocs
    const started = Date.now()
    const res = await api(app.url, 'POST', '/api/registrations', {
      token,
      body: {
        location: basics.location.id,
        themes: [basics.theme.id],
        answerType: 'information',
        summary: 'a'.repeat(45_000),
      },
    })
    expect(res.status).toBe(400)
    expect(Date.now() - started).toBeLessThan(2_000)
    const error = res.body.errors[0].data.errors.find((item: { path: string }) => item.path === 'summary')
    expect(error.message).toMatch(/500/)
    await expect(
      app.payload.create({
        collection: 'registrations',
        data: {
          location: basics.location.id,
          themes: [basics.theme.id],
          answerType: 'information',
          summary: 'a'.repeat(60_000),
        } as Registration,
      }),
    ).rejects.toThrow(/samenvatting|Korte samenvatting/i)
    expect((await app.payload.count({ collection: 'registrations' })).totalDocs).toBe(before)
  })

  it('keeps the built-in length check of every other field with a check of its own', async () => {
    // The note of an incorrect-information report has maxLength 1000 and its own validate.
    const res = await api(app.url, 'POST', '/api/incorrect-info-reports', {
      token,
      body: { organisation: basics.organisation.id, kind: 'other', note: 'x'.repeat(5_000) },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/1000/)
  })

  it('accepts an ordinary summary', async () => {
    const res = await api(app.url, 'POST', '/api/registrations', {
      token,
      body: {
        location: basics.location.id,
        themes: [basics.theme.id],
        answerType: 'advice',
        summary: 'Vraag over huurtoeslag 2026, uitgelegd; 3 kinderen thuis.',
      },
    })
    expect(res.status).toBe(201)
  })
})
