import * as migration_20261123_054556_initial from './20261123_054556_initial';
import * as migration_20261123_064457_directory_state from './20261123_064457_directory_state';
import * as migration_20261123_065612_incorrect_info_reports from './20261123_065612_incorrect_info_reports';
import * as migration_20261123_070156_referrals from './20261123_070156_referrals';
import * as migration_20261123_091822_startpage_roster_registrations from './20261123_091822_startpage_roster_registrations';
import * as migration_20261123_094611_content_versions from './20261123_094611_content_versions';
import * as migration_20261130_052020_drop_account_lock from './20261130_052020_drop_account_lock';
import * as migration_20261204_134000_registration_age_band from './20261204_134000_registration_age_band';
import * as migration_20261204_134513_startpage_stamp from './20261204_134513_startpage_stamp';
import * as migration_20261204_134535_staffing_rules from './20261204_134535_staffing_rules';
import * as migration_20261204_135156_backup_organisation from './20261204_135156_backup_organisation';
import * as migration_20261204_140503_trainings from './20261204_140503_trainings';
import * as migration_20261204_141500_invitations from './20261204_141500_invitations';
import * as migration_20261204_142000_registration_tallies from './20261204_142000_registration_tallies';
import * as migration_20261204_165318_service_details from './20261204_165318_service_details';
import * as migration_20261204_165705_organisation_verification from './20261204_165705_organisation_verification';
import * as migration_20261204_165758_referral_loop from './20261204_165758_referral_loop';
import * as migration_20261204_170105_registration_imports from './20261204_170105_registration_imports';
import * as migration_20261204_183115_registration_referrals from './20261204_183115_registration_referrals';
import * as migration_20261205_050936_hsds_import from './20261205_050936_hsds_import';
import * as migration_20261205_051500_month_tallies from './20261205_051500_month_tallies';
import * as migration_20261206_204348_networks from './20261206_204348_networks';
import * as migration_20261207_011343_tally_location_day from './20261207_011343_tally_location_day';
import * as migration_20261207_024257_startpage_per_network from './20261207_024257_startpage_per_network';
import * as migration_20261207_030325_platform_administrator from './20261207_030325_platform_administrator';
import * as migration_20261207_031758_network_stamps from './20261207_031758_network_stamps';
import * as migration_20261207_054155_regional_organisations from './20261207_054155_regional_organisations';
import * as migration_20261207_061014_network_brand from './20261207_061014_network_brand';
import * as migration_20261207_122158_role_per_network from './20261207_122158_role_per_network';
import * as migration_20261207_151647_municipalities_and_kernen from './20261207_151647_municipalities_and_kernen';
import * as migration_20261207_232547_names_per_network from './20261207_232547_names_per_network';

export const migrations = [
  {
    up: migration_20261123_054556_initial.up,
    down: migration_20261123_054556_initial.down,
    name: '20261123_054556_initial',
  },
  {
    up: migration_20261123_064457_directory_state.up,
    down: migration_20261123_064457_directory_state.down,
    name: '20261123_064457_directory_state',
  },
  {
    up: migration_20261123_065612_incorrect_info_reports.up,
    down: migration_20261123_065612_incorrect_info_reports.down,
    name: '20261123_065612_incorrect_info_reports',
  },
  {
    up: migration_20261123_070156_referrals.up,
    down: migration_20261123_070156_referrals.down,
    name: '20261123_070156_referrals',
  },
  {
    up: migration_20261123_091822_startpage_roster_registrations.up,
    down: migration_20261123_091822_startpage_roster_registrations.down,
    name: '20261123_091822_startpage_roster_registrations',
  },
  {
    up: migration_20261123_094611_content_versions.up,
    down: migration_20261123_094611_content_versions.down,
    name: '20261123_094611_content_versions',
  },
  {
    up: migration_20261130_052020_drop_account_lock.up,
    down: migration_20261130_052020_drop_account_lock.down,
    name: '20261130_052020_drop_account_lock',
  },
  {
    up: migration_20261204_134000_registration_age_band.up,
    down: migration_20261204_134000_registration_age_band.down,
    name: '20261204_134000_registration_age_band',
  },
  {
    up: migration_20261204_134513_startpage_stamp.up,
    down: migration_20261204_134513_startpage_stamp.down,
    name: '20261204_134513_startpage_stamp',
  },
  {
    up: migration_20261204_134535_staffing_rules.up,
    down: migration_20261204_134535_staffing_rules.down,
    name: '20261204_134535_staffing_rules',
  },
  {
    up: migration_20261204_135156_backup_organisation.up,
    down: migration_20261204_135156_backup_organisation.down,
    name: '20261204_135156_backup_organisation',
  },
  {
    up: migration_20261204_140503_trainings.up,
    down: migration_20261204_140503_trainings.down,
    name: '20261204_140503_trainings',
  },
  {
    up: migration_20261204_141500_invitations.up,
    down: migration_20261204_141500_invitations.down,
    name: '20261204_141500_invitations',
  },
  {
    up: migration_20261204_142000_registration_tallies.up,
    down: migration_20261204_142000_registration_tallies.down,
    name: '20261204_142000_registration_tallies',
  },
  {
    up: migration_20261204_165318_service_details.up,
    down: migration_20261204_165318_service_details.down,
    name: '20261204_165318_service_details',
  },
  {
    up: migration_20261204_165705_organisation_verification.up,
    down: migration_20261204_165705_organisation_verification.down,
    name: '20261204_165705_organisation_verification',
  },
  {
    up: migration_20261204_165758_referral_loop.up,
    down: migration_20261204_165758_referral_loop.down,
    name: '20261204_165758_referral_loop',
  },
  {
    up: migration_20261204_170105_registration_imports.up,
    down: migration_20261204_170105_registration_imports.down,
    name: '20261204_170105_registration_imports',
  },
  {
    up: migration_20261204_183115_registration_referrals.up,
    down: migration_20261204_183115_registration_referrals.down,
    name: '20261204_183115_registration_referrals',
  },
  {
    up: migration_20261205_050936_hsds_import.up,
    down: migration_20261205_050936_hsds_import.down,
    name: '20261205_050936_hsds_import',
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
    up: migration_20261207_011343_tally_location_day.up,
    down: migration_20261207_011343_tally_location_day.down,
    name: '20261207_011343_tally_location_day',
  },
  {
    up: migration_20261207_024257_startpage_per_network.up,
    down: migration_20261207_024257_startpage_per_network.down,
    name: '20261207_024257_startpage_per_network',
  },
  {
    up: migration_20261207_030325_platform_administrator.up,
    down: migration_20261207_030325_platform_administrator.down,
    name: '20261207_030325_platform_administrator',
  },
  {
    up: migration_20261207_031758_network_stamps.up,
    down: migration_20261207_031758_network_stamps.down,
    name: '20261207_031758_network_stamps',
  },
  {
    up: migration_20261207_054155_regional_organisations.up,
    down: migration_20261207_054155_regional_organisations.down,
    name: '20261207_054155_regional_organisations',
  },
  {
    up: migration_20261207_061014_network_brand.up,
    down: migration_20261207_061014_network_brand.down,
    name: '20261207_061014_network_brand',
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
    name: '20261207_232547_names_per_network'
  },
];
