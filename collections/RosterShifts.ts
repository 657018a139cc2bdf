import type { CollectionConfig, PayloadRequest } from 'payload'

import { dayAndTime } from '@/fields/dayAndTime'
import type { RosterShift } from '@/payload-types'

import { isRosterManager } from '@/access/isRosterManager'
import { isStaff } from '@/access/isStaff'
import { adminGroups } from '@/admin/groups'
import { updatedByField } from '@/fields/updatedBy'
import { repeatShiftEndpoint } from '@/roster/endpoints'
import { validateExternalAvailability, validateStaffAvailability } from '@/roster/overlap'
import { describePairingGaps, pairingGaps, validatePairing } from '@/roster/pairing'
import { startpageContentHooks } from '@/startpage/freshness'

const MAX_SHIFT_HOURS = 12

/** Begin and end side by side, each picked per quarter of an hour. */
const shiftTimeAdmin = {
  width: '50%',
  date: dayAndTime({ timeIntervals: 15, displayFormat: 'EEEE d MMM yyyy HH:mm' }),
}

/** One staffed period at an Infopunt desk. */
export const RosterShifts: CollectionConfig = {
  slug: 'roster-shifts',
  labels: {
    singular: { nl: 'Roosterdienst', en: 'Shift' },
    plural: { nl: 'Rooster', en: 'Roster' },
  },
  admin: {
    group: adminGroups.infopunten,
    useAsTitle: 'startsAt',
    defaultColumns: ['startsAt', 'endsAt', 'location', 'staff', 'externalNames', 'role'],
    // The list's search looks for names without an account and notes, rather than in the begin's timestamp.
    listSearchableFields: ['externalNames', 'notes'],
  },
  defaultSort: 'startsAt',
  endpoints: [repeatShiftEndpoint],
  // The startpage keeps the coming days' roster in memory; a change sets its stamp.
  hooks: startpageContentHooks,
  access: {
    read: isStaff,
    create: isRosterManager,
    update: isRosterManager,
    delete: isRosterManager,
  },
  fields: [
    {
      name: 'location',
      type: 'relationship',
      relationTo: 'locations',
      label: { nl: 'Infopunt', en: 'Information desk' },
      required: true,
      index: true,
    },
    // Begin and end stand at the top level, not in a row: Payload formats a date as the document's
    // title only when the title field is top-level, else the title reads as an ISO timestamp.
    {
      name: 'startsAt',
      type: 'date',
      label: { nl: 'Begin', en: 'Starts' },
      required: true,
      index: true,
      admin: shiftTimeAdmin,
    },
    {
      name: 'endsAt',
      type: 'date',
      label: { nl: 'Einde', en: 'Ends' },
      required: true,
      index: true,
      admin: shiftTimeAdmin,
      validate: (
        value: Date | string | null | undefined,
        { siblingData }: { siblingData: Record<string, unknown> },
      ) => {
        if (!value) return 'Vul in wanneer de dienst eindigt.'
        const starts = siblingData?.startsAt ? new Date(siblingData.startsAt as string).getTime() : NaN
        const ends = new Date(value).getTime()
        if (Number.isNaN(ends)) return 'Vul een geldige eindtijd in.'
        if (!Number.isNaN(starts) && ends <= starts) return 'Het einde van de dienst moet na het begin liggen.'
        if (!Number.isNaN(starts) && ends - starts > MAX_SHIFT_HOURS * 3600_000)
          return `Een dienst duurt hoogstens ${MAX_SHIFT_HOURS} uur.`
        return true
      },
    },
    {
      name: 'staff',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { nl: 'Medewerkers', en: 'Staff' },
      validate: async (value, { id, req, siblingData }) =>
        validateStaffAvailability(value as RosterShift['staff'], { id, ...(siblingData as object) }, req),
    },
    {
      name: 'externalNames',
      type: 'text',
      hasMany: true,
      label: { nl: 'Medewerkers zonder account', en: 'People without an account' },
      admin: {
        description: { nl: 'Voor- en achternaam, bijvoorbeeld van een nieuwe vrijwilliger.', en: 'Full names.' },
        components: { Cell: '/src/components/admin/NamesCell#NamesCell' },
      },
      validate: async (value, { id, req, siblingData }) => {
        const staff = (siblingData as { staff?: unknown[] }).staff
        if ((!value || value.length === 0) && (!staff || staff.length === 0))
          return 'Kies minstens één medewerker of vul een naam in.'
        return validateExternalAvailability(value, { id, ...(siblingData as object) }, req)
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'select',
          label: { nl: 'Rol', en: 'Role' },
          required: true,
          defaultValue: 'volunteer',
          options: [
            { value: 'professional', label: { nl: 'Beroepskracht', en: 'Professional' } },
            { value: 'volunteer', label: { nl: 'Vrijwilliger', en: 'Volunteer' } },
          ],
          admin: { width: '50%' },
          // The Infopunt's pairing rule: volunteers beside a professional (refused where the Infopunt says so).
          validate: async (
            value: string | null | undefined,
            { id, req, siblingData }: { id?: number | string; req: PayloadRequest; siblingData: object },
          ) =>
            req.context?.skipPairingCheck
              ? true
              : validatePairing(req, { id, ...siblingData, role: value as RosterShift['role'] }),
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: { nl: 'Namens organisatie', en: 'On behalf of' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'pairingWarning',
      // A textarea: the warning names the Infopunt and its periods, longer than one line of the sidebar.
      type: 'textarea',
      virtual: true,
      label: { nl: 'Let op: geen beroepskracht', en: 'Warning: no professional' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.pairingWarning),
        description: {
          nl: 'Dit Infopunt werkt met vrijwilligers naast een beroepskracht. Rooster een beroepskracht in voor deze tijd.',
          en: 'This desk pairs volunteers with a professional.',
        },
      },
      hooks: {
        // Worked out fresh for one shift (the edit view, the answer to a save), never for lists.
        afterRead: [
          async ({ data, findMany, req }) => {
            if (findMany || !data?.location) return null
            const { gaps, location } = await pairingGaps(req, data)
            return location && gaps.length > 0 ? describePairingGaps(location, gaps) : null
          },
        ],
      },
    },
    { name: 'notes', type: 'textarea', label: { nl: 'Opmerkingen', en: 'Notes' } },
    {
      name: 'seriesId',
      type: 'text',
      label: { nl: 'Reeks', en: 'Series' },
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { nl: 'Diensten uit dezelfde wekelijkse herhaling.', en: 'Shifts of one weekly series.' },
      },
    },
    {
      name: 'repeatWeekly',
      type: 'ui',
      label: { nl: 'Wekelijks herhalen', en: 'Repeat weekly' },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.id),
        components: { Field: '/src/components/admin/RepeatShiftField#RepeatShiftField' },
      },
    },
    updatedByField(),
  ],
}
