/**
 * Names for the generated API shapes (`schema.d.ts`, from the server's
 * OpenAPI document). Import shapes from here, never write them by hand.
 */
import type { components, paths } from './schema'

export type { paths }
type Schemas = components['schemas']

export type Problem = Schemas['Problem']
export type ErrorCode = Schemas['ErrorCode']
export type FieldError = Schemas['FieldError']
export type Locale = Schemas['Locale']
export type Text = Schemas['Text']

export type ConsentKind = Schemas['ConsentKind']
export type ConsentDocument = Schemas['ConsentDocument']
export type RegisterRequest = Schemas['RegisterRequest']
export type SignInRequest = Schemas['SignInRequest']
export type TokenResponse = Schemas['TokenResponse']
export type Me = Schemas['MeView']
export type Restriction = Schemas['Restriction']

export type ContestView = Schemas['ContestView']
export type ContestKind = Schemas['ContestKind']
export type ContestState = Schemas['ContestState']
export type ContestForm = Schemas['Form']
export type FieldDefinition = Schemas['FieldDefinition']
export type FieldType = FieldDefinition['type']
export type FileSlot = Schemas['FileSlot']
export type FileKind = Schemas['FileKind']
export type Category = Schemas['Category']
export type Eligibility = Schemas['Eligibility']

export type EntryView = Schemas['EntryView']
export type FileView = Schemas['FileView']
export type MyEntry =
  paths['/api/v1/me/entries']['get']['responses'][200]['content']['application/json']['items'][number]

/** The contest kinds and states, for filters (kept in step with the schema by the compiler). */
export const CONTEST_KINDS = [
  'hackathon',
  'idea',
  'startup',
  'naming',
  'photo',
  'design',
  'drawing',
  'simulation',
  'general',
] as const satisfies readonly ContestKind[]

export const CONTEST_STATES = ['draft', 'published', 'open', 'closed'] as const satisfies readonly ContestState[]

export type StageView = Schemas['StageView']
export type StageState = Schemas['StageState']
export type MyStage = Schemas['MyStageView']
export type JudgingProgress = Schemas['Progress']
export type Rubric = Schemas['Rubric']
export type Criterion = Schemas['Criterion']
export type AssignmentView = Schemas['AssignmentView']
export type Declaration = Schemas['Declaration']
export type JudgeEntryView = Schemas['JudgeEntryView']
export type JudgeFileView = Schemas['JudgeFileView']
export type ScoreView = Schemas['ScoreView']
export type ScoreSave = Schemas['ScoreSave']
export type PairwiseState = Schemas['PairwiseState']
export type PairwiseSlot = Schemas['PairwiseSlot']
export type PairwiseSkip = Schemas['PairwiseSkip']
export type Better = Schemas['Better']

export type AnnouncementView = Schemas['AnnouncementView']
export type PublishedResults = Schemas['PublishedResults']
export type PublishedTier = Schemas['PublishedTier']
export type Winner = Schemas['Winner']
export type PublicWork = Schemas['PublicWork']
export type PublicFile = Schemas['PublicFile']
export type EntryResultView = Schemas['EntryResultView']
export type EntryAward = Schemas['EntryAward']
export type StageBreakdown = Schemas['StageBreakdown']
export type JudgeMark = Schemas['JudgeMark']
export type CreditView = Schemas['CreditView']
export type CreditDocument = Schemas['CreditDocument']
export type CertificateView = Schemas['CertificateView']

export type BallotView = Schemas['BallotView']
export type BallotFileView = Schemas['BallotFileView']
export type BallotEntry =
  paths['/api/v1/contests/{id}/ballot/entries']['get']['responses'][200]['content']['application/json']['items'][number]
export type MyVotesView = Schemas['MyVotesView']
