import * as migration_20261204_134000_registration_age_band from './20261204_134000_registration_age_band'
import * as migration_20261204_170000_referral_codes from './20261204_170000_referral_codes'
import * as migration_20261205_051500_month_tallies from './20261205_051500_month_tallies'
import * as migration_20261206_204348_networks from './20261206_204348_networks'
import * as migration_20261207_024257_startpage_per_network from './20261207_024257_startpage_per_network'
import * as migration_20261207_122158_role_per_network from './20261207_122158_role_per_network'
import * as migration_20261207_151647_municipalities_and_kernen from './20261207_151647_municipalities_and_kernen'
import * as migration_20261207_232547_names_per_network from './20261207_232547_names_per_network'

/**
 * MongoDB needs no migrations for its schema (Payload creates collections and indexes); these move
 * stored data when a field is renamed or added to existing documents. They run when a production server starts.
 */
export const mongoMigrations = [
  {
    up: migration_20261204_134000_registration_age_band.up,
    down: migration_20261204_134000_registration_age_band.down,
    name: '20261204_134000_registration_age_band',
  },
  {
    up: migration_20261204_170000_referral_codes.up,
    down: migration_20261204_170000_referral_codes.down,
    name: '20261204_170000_referral_codes',
  },
  {
    up: migration_20261205_051500_month_tallies.up,
    down: migration_20261205_051500_month_tallies.down,
    name: '20261205_051500_month_tallies',
  },
  {
    up: migration_20261206_204348_networks.up,
    down: migration_20261206_204348_networks.down,
    name: '20261206_204348_networks',
  },
  {
    up: migration_20261207_024257_startpage_per_network.up,
    down: migration_20261207_024257_startpage_per_network.down,
    name: '20261207_024257_startpage_per_network',
  },
  {
    up: migration_20261207_122158_role_per_network.up,
    down: migration_20261207_122158_role_per_network.down,
    name: '20261207_122158_role_per_network',
  },
  {
    up: migration_20261207_151647_municipalities_and_kernen.up,
    down: migration_20261207_151647_municipalities_and_kernen.down,
    name: '20261207_151647_municipalities_and_kernen',
  },
  {
    up: migration_20261207_232547_names_per_network.up,
    down: migration_20261207_232547_names_per_network.down,
    name: '20261207_232547_names_per_network',
  },
]
