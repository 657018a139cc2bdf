import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DecimalField as DecimalField_989216ff7218b4e7d76fdcdc1c027adc } from '../../../../src/components/admin/DecimalField'
import { OrganisationImportLinks as OrganisationImportLinks_d402cfbfbd51b53c8d2b044904d12920 } from '../../../../src/components/admin/OrganisationImportLinks'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { ProposalReview as ProposalReview_ddd84128b8063be69f6a95187d13e92f } from '../../../../src/components/admin/ProposalReview'
import { NamesCell as NamesCell_602cb9c30ef89150063bb3b68636c213 } from '../../../../src/components/admin/NamesCell'
import { RepeatShiftField as RepeatShiftField_cfc3617be3f5ac96d4e928c2ce73e865 } from '../../../../src/components/admin/RepeatShiftField'
import { CurrentPasswordField as CurrentPasswordField_179c7511c2cf164a015226cccd6b6988 } from '../../../../src/components/admin/CurrentPasswordField'
import { DeactivateField as DeactivateField_e03c59706efe3b95dff7699bf54a156a } from '../../../../src/components/admin/DeactivateField'
import { InviteColleagueLink as InviteColleagueLink_bbfd85cbf91ade2b0ad37b8086e0032d } from '../../../../src/components/admin/InviteColleagueLink'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { Icon as Icon_b04c0db8d89d68ff5dd20d513b3034b9 } from '../../../../src/components/admin/Icon'
import { Logo as Logo_4522c7900ab0b0df414ce3e1574aaee4 } from '../../../../src/components/admin/Logo'
import { NetworkGlobalViewRedirect as NetworkGlobalViewRedirect_d74875ed88678d85ae756f84a4c33321 } from '../../../../src/components/admin/NetworkGlobalViewRedirect'
import { DirectoryDashboard as DirectoryDashboard_ace5ab813447a45d2198b3dc2dc981ce } from '../../../../src/components/admin/DirectoryDashboard'
import { StartpageDashboard as StartpageDashboard_7e7918bb0db0352c9198ae7e7b7f2f29 } from '../../../../src/components/admin/StartpageDashboard'
import { RosterDashboard as RosterDashboard_7912fdf7f807382c429a37cacdbbb9cf } from '../../../../src/components/admin/RosterDashboard'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { NetworkSelectionProvider as NetworkSelectionProvider_c924a31153849b790951c4fb0286621c } from '../../../../src/components/admin/NetworkSelectionProvider'
import { OrganisationImportView as OrganisationImportView_993d7b903b2823042bfe690391376d6e } from '../../../../src/components/admin/OrganisationImportView'
import { HsdsImportView as HsdsImportView_2ae15f8b54bf42abd0b4662c831188c8 } from '../../../../src/components/admin/HsdsImportView'
import { InviteColleagueView as InviteColleagueView_9ca3fbceabacf44ee521bdb7329c5210 } from '../../../../src/components/admin/InviteColleagueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/DecimalField#DecimalField": DecimalField_989216ff7218b4e7d76fdcdc1c027adc,
  "/src/components/admin/OrganisationImportLinks#OrganisationImportLinks": OrganisationImportLinks_d402cfbfbd51b53c8d2b044904d12920,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/components/admin/ProposalReview#ProposalReview": ProposalReview_ddd84128b8063be69f6a95187d13e92f,
  "/src/components/admin/NamesCell#NamesCell": NamesCell_602cb9c30ef89150063bb3b68636c213,
  "/src/components/admin/RepeatShiftField#RepeatShiftField": RepeatShiftField_cfc3617be3f5ac96d4e928c2ce73e865,
  "/src/components/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_179c7511c2cf164a015226cccd6b6988,
  "/src/components/admin/DeactivateField#DeactivateField": DeactivateField_e03c59706efe3b95dff7699bf54a156a,
  "/src/components/admin/InviteColleagueLink#InviteColleagueLink": InviteColleagueLink_bbfd85cbf91ade2b0ad37b8086e0032d,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/components/admin/Icon#Icon": Icon_b04c0db8d89d68ff5dd20d513b3034b9,
  "/src/components/admin/Logo#Logo": Logo_4522c7900ab0b0df414ce3e1574aaee4,
  "/src/components/admin/NetworkGlobalViewRedirect#NetworkGlobalViewRedirect": NetworkGlobalViewRedirect_d74875ed88678d85ae756f84a4c33321,
  "/src/components/admin/DirectoryDashboard#DirectoryDashboard": DirectoryDashboard_ace5ab813447a45d2198b3dc2dc981ce,
  "/src/components/admin/StartpageDashboard#StartpageDashboard": StartpageDashboard_7e7918bb0db0352c9198ae7e7b7f2f29,
  "/src/components/admin/RosterDashboard#RosterDashboard": RosterDashboard_7912fdf7f807382c429a37cacdbbb9cf,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "/src/components/admin/NetworkSelectionProvider#NetworkSelectionProvider": NetworkSelectionProvider_c924a31153849b790951c4fb0286621c,
  "/src/components/admin/OrganisationImportView#OrganisationImportView": OrganisationImportView_993d7b903b2823042bfe690391376d6e,
  "/src/components/admin/HsdsImportView#HsdsImportView": HsdsImportView_2ae15f8b54bf42abd0b4662c831188c8,
  "/src/components/admin/InviteColleagueView#InviteColleagueView": InviteColleagueView_9ca3fbceabacf44ee521bdb7329c5210,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
