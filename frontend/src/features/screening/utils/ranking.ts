/**
 * A stage's results as rows for the close-call rule and the tables. Pure:
 * tested without React.
 */
import type { Rubric } from '../../../lib/api/types'
import { maxTotal } from '../../judging/utils/rubric'
import type { CloseCall, EntryResult, PairwiseRanked } from '../api/shapes'
import type { RankedRow } from './close-calls'

/** A rubric stage's margin: 1% of the rubric's highest total (1 point on a 100-point rubric). */
export const MARGIN_SHARE = 0.01

export function rubricMargin(rubric: Rubric): number {
  return Math.round(maxTotal(rubric) * MARGIN_SHARE * 100) / 100
}

export const rubricRows = (entries: readonly EntryResult[]): RankedRow[] =>
  entries.map((e) => ({ entry: e.entry, score: e.final_score, advances: e.advances }))

export const pairwiseRows = (ranking: readonly PairwiseRanked[]): RankedRow[] =>
  ranking.map((r) => ({ entry: r.entry_id, score: r.mu, uncertainty: r.sigma, advances: r.advances }))

/** A pairwise ranking is per category: its groups in the order the API gave them. */
export function byCategory(ranking: readonly PairwiseRanked[]): { category: string | null; ranking: PairwiseRanked[] }[] {
  const groups = new Map<string | null, PairwiseRanked[]>()
  for (const row of ranking) {
    const key = row.category ?? null
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return [...groups].map(([category, rows]) => ({ category, ranking: rows }))
}

/** The server's resampling flags, by entry: the share of resamples in which it advanced. */
export const advanceShares = (calls: readonly CloseCall[]): Map<string, number> =>
  new Map(calls.map((c) => [c.entry, c.advance_share]))

/**
 * Numbers for the judges of a stage, stable across entries: "Judge 1" is
 * the same person in every breakdown (ordered by account id, as the server
 * orders them).
 */
export function judgeNumbers(entries: readonly EntryResult[]): Map<string, number> {
  const ids = [...new Set(entries.flatMap((e) => e.judges.map((j) => j.judge)))].sort()
  return new Map(ids.map((id, i) => [id, i + 1]))
}
