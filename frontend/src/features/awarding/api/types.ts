/**
 * Names for the awarding screens' API shapes, taken from the generated
 * schema like `lib/api/types.ts` does (these could move there).
 */
import type { components, paths } from '../../../lib/api/schema'

type Schemas = components['schemas']

export type Tier = Schemas['Tier']
export type AwardSettingsView = Schemas['AwardSettingsView']
export type AwardSettingsDocument = Schemas['AwardSettingsDocument']
export type AwardView = Schemas['AwardView']
export type AwardsView = Schemas['AwardsView']
export type AwardOverride = Schemas['AwardOverride']
export type Proposal = Schemas['Proposal']
export type BallotDocument = Schemas['BallotDocument']
export type TallyView = Schemas['TallyView']
export type TallyEntry = Schemas['TallyEntry']
export type Signals = Schemas['Signals']
export type Burst = Schemas['Burst']
export type SharedNetwork = Schemas['SharedNetwork']
export type FreshAccountVote = Schemas['FreshAccountVote']
export type VoteView = Schemas['VoteView']
export type AnnouncementDocument = Schemas['AnnouncementDocument']
export type ResultsView = Schemas['ResultsView']
export type OrganizerEntry =
  paths['/api/v1/contests/{id}/entries']['get']['responses'][200]['content']['application/json']['items'][number]
