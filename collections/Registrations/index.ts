import { validations, type CollectionConfig, type RelationshipFieldManyValidation } from 'payload'

import { dayAndTime } from '@/fields/dayAndTime'
import { isAdmin } from '@/access/isAdmin'
import { canCreateRegistration, canReadRegistrations, canUpdateRegistration } from '@/access/registrations'
import { adminGroups } from '@/admin/groups'
import { authorField } from '@/fields/author'
import { domainOptions } from '@/fields/directory'
import { ageBandOptions, answerTypeOptions, channelOptions, referralAnswerTypes } from '@/registrations/options'
import {
  exportEndpoint,
  idempotentCreateEndpoint,
  reportChartEndpoint,
  reportEndpoint,
} from '@/registrations/endpoints'
import { importEndpoints } from '@/registrations/import/endpoints'
import { validateLinkedReferrals } from '@/registrations/linkedReferrals'
import { SUMMARY_MAX_LENGTH, validateSummary } from '@/registrations/privacyGuard'

import { tallyOnChange, tallyOnDelete } from './hooks/keepTallies'
import { protectCreatedAt } from './hooks/protectCreatedAt'

/** A help question asked at an Infopunt. Holds no personal data about the resident. */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: {
    singular: { nl: 'Registratie', en: 'Registration' },
    plural: { nl: 'Registraties', en: 'Registrations' },
  },
  admin: {
    group: adminGroups.registration,
    useAsTitle: 'occurredAt',
    defaultColumns: ['occurredAt', 'location', 'themes', 'answerType', 'referredOrganisations', 'registeredBy'],
    listSearchableFields: ['summary'],
  },
  defaultSort: '-occurredAt',
  hooks: {
    beforeChange: [protectCreatedAt],
    // The report's tallies change in the same write (src/registrations/tallies.ts).
    afterChange: [tallyOnChange],
    afterDelete: [tallyOnDelete],
  },
  access: {
    create: canCreateRegistration,
    read: canReadRegistrations,
    update: canUpdateRegistration,
    delete: isAdmin,
  },
  // Before the default endpoints: POST / honours the idempotency key; /report and /export before /:id.
  endpoints: [idempotentCreateEndpoint, reportEndpoint, reportChartEndpoint, exportEndpoint, ...importEndpoints],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'occurredAt',
          type: 'date',
          label: { nl: 'Datum en tijd', en: 'Date and time' },
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: {
            width: '50%',
            date: dayAndTime({ displayFormat: 'd MMM yyyy HH:mm' }),
          },
          validate: (value: Date | string | null | undefined) => {
            if (!value) return 'Vul de datum en tijd van de vraag in.'
            const time = new Date(value).getTime()
            if (Number.isNaN(time)) return 'Vul een geldige datum en tijd in.'
            // A little slack for clocks that run ahead; a question from the future is a typing error.
            if (time > Date.now() + 60 * 60 * 1000) return 'De datum van een vraag kan niet in de toekomst liggen.'
            return true
          },
        },
        {
          name: 'location',
          type: 'relationship',
          relationTo: 'locations',
          label: { nl: 'Infopunt', en: 'Information desk' },
          required: true,
          index: true,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'channel',
      type: 'select',
      label: { nl: 'Kanaal', en: 'Channel' },
      required: true,
      defaultValue: 'desk',
      options: channelOptions,
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: { nl: "Thema's", en: 'Themes' },
      required: true,
      minRows: 1,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'domain',
          type: 'select',
          label: { nl: 'Domein', en: 'Domain' },
          options: domainOptions,
          admin: { width: '50%' },
        },
        {
          name: 'ageBand',
          type: 'select',
          label: { nl: 'Doelgroep', en: 'Age band' },
          required: true,
          defaultValue: 'unknown',
          options: ageBandOptions,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { nl: 'Korte samenvatting', en: 'Short summary' },
      maxLength: SUMMARY_MAX_LENGTH,
      validate: validateSummary,
      admin: {
        description: {
          nl: 'Zonder persoonsgegevens: geen namen, adressen, telefoonnummers of geboortedata.',
          en: 'No personal data.',
        },
      },
    },
    {
      name: 'answerType',
      type: 'select',
      label: { nl: 'Hoe beantwoord', en: 'Answer type' },
      required: true,
      options: answerTypeOptions,
      index: true,
    },
    {
      name: 'referredOrganisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: { nl: 'Doorverwezen naar', en: 'Referred to' },
      // The network's own, or a regional one it offers (src/networks/regionalRelations.ts).
      custom: { choose: 'inView' },
      // Then Payload's own check, which holds the organisations to the network's view.
      validate: ((value, options) => {
        const isReferral = referralAnswerTypes.includes(
          (options.siblingData as { answerType?: string })?.answerType as string,
        )
        return isReferral && (!Array.isArray(value) || value.length === 0)
          ? 'Kies de organisatie waarnaar is doorverwezen.'
          : validations.relationship(value, options)
      }) satisfies RelationshipFieldManyValidation,
    },
    {
      name: 'referrals',
      type: 'relationship',
      relationTo: 'referrals',
      hasMany: true,
      label: { nl: 'Gekoppelde doorverwijzingen', en: 'Linked referrals' },
      validate: validateLinkedReferrals,
      admin: {
        description: {
          nl: 'De warme doorverwijzing(en) die uit deze vraag voortkwamen, op verwijscode.',
          en: 'The referral(s) this question produced, by code.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'followUp',
          type: 'checkbox',
          label: { nl: 'Vervolg nodig', en: 'Follow-up needed' },
          defaultValue: false,
          admin: { width: '50%' },
        },
        {
          name: 'durationMinutes',
          type: 'number',
          label: { nl: 'Duur (minuten)', en: 'Duration (minutes)' },
          min: 0,
          max: 480,
          admin: { width: '50%', step: 5 },
        },
      ],
    },
    authorField('registeredBy', { nl: 'Geregistreerd door', en: 'Registered by' }),
    {
      name: 'idempotencyKey',
      type: 'text',
      label: { nl: 'Idempotentiesleutel', en: 'Idempotency key' },
      unique: true,
      index: true,
      access: { update: () => false },
      // An empty key is no key: it must not collide with other empty keys on the unique index.
      hooks: { beforeValidate: [({ value }) => (value === '' ? null : value)] },
      validate: (value: string | null | undefined) =>
        value == null || value === '' || /^[A-Za-z0-9-]{8,64}$/.test(value)
          ? true
          : 'De idempotentiesleutel moet een UUID zijn.',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          nl: 'Door het registratieformulier gekozen, zodat een herhaalde verzending geen dubbele registratie maakt.',
          en: 'Chosen by the form, so a retried submit never creates a duplicate.',
        },
      },
    },
  ],
}
