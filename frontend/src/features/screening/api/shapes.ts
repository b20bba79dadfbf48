/**
 * The screening and results shapes, named from the generated API types
 * (`lib/api/schema.d.ts`). The one exception is the body of a stage's
 * results: the API documents it as a bare object (it is written straight
 * from the recipe's output, see `ResultsView.results`), so its two forms are
 * spelled out here from the server's `domain::judging::recipe::Results` and
 * `routes::results::PairwiseResults`.
 */
import type { components, paths } from '../../../lib/api/schema'

type Schemas = components['schemas']

export type ScreeningQuery = NonNullable<paths['/api/v1/contests/{id}/entries']['get']['parameters']['query']>
export type ScreenedEntryPage = paths['/api/v1/contests/{id}/entries']['get']['responses'][200]['content']['application/json']
export type ScreenedEntry = ScreenedEntryPage['items'][number]
export type ScreeningDecision = Schemas['ScreeningDecision']
export type DuplicatesReport = Schemas['DuplicatesReport']
export type NameGroup = Schemas['NameGroup']
export type EntryRef = Schemas['EntryRef']
export type PanelMember = Schemas['PanelMemberView']
export type CloseCall = Schemas['CloseCall']
export type RankedEntry = Schemas['RankedEntry']
export type ResultsView = Schemas['ResultsView']

/** The screening states an organizer can set (`pending` undoes a decision). */
export const SCREENING_STATES = ['pending', 'eligible', 'disqualified'] as const
export type ScreeningState = (typeof SCREENING_STATES)[number]

/** A non-draft entry's status. */
export const ENTRY_STATUSES = ['submitted', 'withdrawn'] as const
export type EntryStatus = (typeof ENTRY_STATUSES)[number]

/** One judge's total for an entry, before and after normalization. */
export interface JudgeScore {
  /** The judge's account id. */
  judge: string
  raw: number
  normalized: number
  /** Left out by a trimmed mean. */
  dropped: boolean
}

/** One entry's breakdown in a rubric stage. */
export interface EntryResult {
  entry: string
  judges: JudgeScore[]
  /** Mean raw value per criterion over all the entry's judges. */
  criteria: Record<string, number | null>
  jury: number | null
  /** The public vote on the points scale; only with a blend. */
  public: number | null
  bonus: number
  bonus_rules: string[]
  final_score: number | null
  /** null for an entry no judge scored. */
  rank: number | null
  /** Shares its rank with another entry. */
  tied: boolean
  advances: boolean
}

export interface RubricResults {
  recipe_hash: string
  inputs_hash: string
  /** In rank order; unscored entries last. */
  entries: EntryResult[]
  /** A tie straddled the top-N cutoff, so more than N advance. */
  cutoff_tie: boolean
}

export type PairwiseRanked = RankedEntry & { advances: boolean }

export interface PairwiseResults {
  mode?: 'pairwise'
  recipe_hash: string
  inputs_hash: string
  /** By category, best first within each. */
  ranking: PairwiseRanked[]
}

export type StageResults = { kind: 'rubric'; results: RubricResults } | { kind: 'pairwise'; results: PairwiseResults }

/** Which of the two forms the results are: a pairwise stage's carry a `ranking`. */
export function parseStageResults(view: ResultsView): StageResults {
  const body = view.results as unknown as Partial<RubricResults & PairwiseResults>
  if (Array.isArray(body.ranking)) return { kind: 'pairwise', results: body as PairwiseResults }
  return {
    kind: 'rubric',
    results: { recipe_hash: '', inputs_hash: '', cutoff_tie: false, ...body, entries: body.entries ?? [] } as RubricResults,
  }
}
