import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { CalendarFeedTokens } from './collections/CalendarFeedTokens'
import { DigitalSources } from './collections/DigitalSources'
import { DirectoryImports } from './collections/DirectoryImports'
import { ExportAudits } from './collections/ExportAudits'
import { RegistrationImports } from './collections/RegistrationImports'
import { RegistrationTallies } from './collections/RegistrationTallies'
import { IncorrectInfoReports } from './collections/IncorrectInfoReports'
import { Invitations } from './collections/Invitations'
import { Kernen } from './collections/Kernen'
import { Locations } from './collections/Locations'
import { Municipalities } from './collections/Municipalities'
import { Media } from './collections/Media'
import { Networks } from './collections/Networks'
import { Organisations } from './collections/Organisations'
import { OrganisationProposals } from './collections/OrganisationProposals'
import { Referrals } from './collections/Referrals'
import { ReferralLinks } from './collections/ReferralLinks'
import { Startpages } from './collections/Startpages'
import { ReferralMailboxes } from './collections/ReferralMailboxes'
import { Registrations } from './collections/Registrations'
import { RosterShifts } from './collections/RosterShifts'
import { Services } from './collections/Services'
import { RegionalOffers } from './collections/RegionalOffers'
import { Themes } from './collections/Themes'
import { TrainingCompletions } from './collections/TrainingCompletions'
import { Trainings } from './collections/Trainings'
import { Users } from './collections/Users'
import { VerificationRequests } from './collections/VerificationRequests'
import { WorkDocuments } from './collections/WorkDocuments'
import { emailAdapter } from './src/config/email'
import { payloadSecret } from './src/config/secret'
import { serverURL } from './src/config/serverURL'
import { databaseAdapter } from './src/db/adapter'
import { busyTimeoutOnEveryConnection } from './src/db/busyTimeout'
import { directorySearchEndpoint } from './src/directory/endpoint'
import { referralEndpoint } from './src/referrals/endpoint'
import { verificationAnswerEndpoint, verificationRoundEndpoint } from './src/directory/verification/endpoint'
import { verificationRequestTask } from './src/directory/verification/sendRequests'
import { hsdsEndpoints } from './src/hsds/endpoints'
import { hsdsImportEndpoints } from './src/hsds/import/endpoints'
import { healthEndpoint } from './src/health/endpoint'
import { calendarFeedEndpoint, calendarTokenEndpoints } from './src/roster/endpoints'
import { organisationImportEndpoints } from './src/directory/spreadsheet/endpoints'
import { linkCheckTask } from './src/sources/linkCheckTask'
import { referralRemindersTask } from './src/referrals/reminders'
import { smtpConfigured } from './src/config/email'
import { NIGHTLY_QUEUE } from './src/jobs/queues'
import { isAdministrator } from './src/access/isAdmin'
import { informalDutch } from './src/admin/informalDutch'
import { Brand } from './collections/globals/Brand'
import { builtInValidation } from './src/plugins/builtInValidation'
import { relationshipIntegrity } from './src/plugins/relationshipIntegrity'
import { inputShapeGuard } from './src/plugins/inputShapeGuard'
import { networks } from './src/networks/plugin'
import { dutchCollectionLabels } from './src/admin/dutchLabels'
import { registrationRetentionTask } from './src/registrations/retention'
import { seedOnEmptyDatabase } from './src/seed/onInit'
import { backfillTallies } from './src/registrations/tallies'
import { keepValidationDetails } from './src/security/errorDetails'
import { answerDatabaseUnavailable } from './src/db/writeFailures'
import { loggerConfig } from './src/config/logger'
import { MAX_MULTIPART_FILE_BYTES } from './src/security/fileLimits'
import { multipartLimitMessage } from './src/security/uploads'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverURL(),
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  admin: {
    user: Users.slug,
    // The gravatar default would load images from a third party for every user.
    avatar: 'default',
    meta: {
      titleSuffix: ' – Infopunt',
      description: 'Beheer van Infopunt: wegwijzer, rooster, registraties en gebruikers.',
      // public/favicon.svg: the same mark as the admin's Icon.
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
      openGraph: { siteName: 'Infopunt', description: 'Beheer van Infopunt.' },
      // The generated preview image would carry Payload's branding.
      defaultOGImageType: 'off',
    },
    importMap: { baseDir: dirname },
    dateFormat: 'd MMMM yyyy HH:mm',
    components: {
      graphics: {
        Logo: '/src/components/admin/Logo#Logo',
        Icon: '/src/components/admin/Icon#Icon',
      },
      beforeDashboard: [
        '/src/components/admin/DirectoryDashboard#DirectoryDashboard',
        '/src/components/admin/StartpageDashboard#StartpageDashboard',
        '/src/components/admin/RosterDashboard#RosterDashboard',
      ],
      views: {
        organisationImport: {
          Component: '/src/components/admin/OrganisationImportView#OrganisationImportView',
          path: '/organisaties-importeren',
        },
        hsdsImport: {
          Component: '/src/components/admin/HsdsImportView#HsdsImportView',
          path: '/open-referral-importeren',
        },
        inviteColleague: {
          Component: '/src/components/admin/InviteColleagueView#InviteColleagueView',
          path: '/collega-uitnodigen',
        },
      },
    },
  },
  i18n: {
    // Dutch only: the admin must not switch to English for a browser that prefers it.
    supportedLanguages: { nl },
    fallbackLanguage: 'nl',
    translations: { nl: informalDutch },
  },
  collections: [
    Organisations,
    Services,
    RegionalOffers,
    Themes,
    IncorrectInfoReports,
    OrganisationProposals,
    VerificationRequests,
    Locations,
    Municipalities,
    Kernen,
    ReferralMailboxes,
    RosterShifts,
    DigitalSources,
    WorkDocuments,
    Registrations,
    ExportAudits,
    RegistrationImports,
    DirectoryImports,
    RegistrationTallies,
    Referrals,
    ReferralLinks,
    Users,
    Media,
    CalendarFeedTokens,
    Trainings,
    TrainingCompletions,
    Invitations,
    Networks,
    Startpages,
  ],
  globals: [Brand],
  endpoints: [
    healthEndpoint,
    directorySearchEndpoint,
    referralEndpoint,
    verificationAnswerEndpoint,
    verificationRoundEndpoint,
    ...hsdsEndpoints,
    calendarFeedEndpoint,
    ...calendarTokenEndpoints,
    ...organisationImportEndpoints,
    ...hsdsImportEndpoints,
  ],
  jobs: {
    // The tasks carry their own nightly schedule; the running server checks the queue every five minutes
    // (not during `next build` or tests) and queues scheduled tasks when their time has come.
    tasks: [linkCheckTask, registrationRetentionTask, referralRemindersTask, verificationRequestTask],
    autoRun: [{ cron: '0 */5 * * * *', queue: NIGHTLY_QUEUE, limit: 5 }],
    shouldAutoRun: () =>
      process.env.NODE_ENV !== 'test' &&
      process.env.NEXT_PHASE !== 'phase-production-build' &&
      process.env.INFOPUNT_JOBS !== 'off',
    access: { queue: ({ req }) => isAdministrator(req.user), run: ({ req }) => isAdministrator(req.user) },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      labels: { singular: { nl: 'Taak', en: 'Job' }, plural: { nl: 'Taken', en: 'Jobs' } },
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !isAdministrator(user) },
    }),
  },
  upload: {
    // Multipart parsing stops above the largest file anything accepts (a backstop; 413); each upload
    // collection and the import check their own limit (src/security/uploads.ts, fileLimits.ts). The
    // whole client-side name is kept so that a name with folders in it is refused rather than shortened.
    limits: { fileSize: MAX_MULTIPART_FILE_BYTES },
    responseOnLimit: multipartLimitMessage,
    preservePath: true,
  },
  // Field-level reasons of validation errors also in the production bundle; a database that cannot
  // write is a Dutch 503 (see the hooks).
  hooks: { afterError: [keepValidationDetails, answerDatabaseUnavailable] },
  csrf: [serverURL()],
  cors: [serverURL()],
  graphQL: { disable: true },
  maxDepth: 3,
  defaultDepth: 1,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    autoGenerate: false,
  },
  telemetry: false,
  // Errors are logged without the values of a failed query; tests log warnings and worse only.
  logger: loggerConfig(),
  onInit: async (payload) => {
    await busyTimeoutOnEveryConnection(payload)
    await backfillTallies(payload)
    await seedOnEmptyDatabase(payload)
    if (!smtpConfigured()) payload.logger.info('Referral reminders and digests are off: SMTP_HOST is not set.')
  },
  // Networks first, so the checks below also guard each record's network; built-in checks next, so the
  // existence check wraps a validation that already includes them.
  plugins: [networks, builtInValidation, relationshipIntegrity, inputShapeGuard, dutchCollectionLabels],
})
