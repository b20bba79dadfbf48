/**
 * What the awards screen reads beside the awards themselves: the final
 * ranking (the last closed stage's stored results, as the server's proposal
 * reads them) and each tier's places, filled or empty.
 */
import type { StageView } from '../../../lib/api/types'
import type { AwardView, Tier } from '../api/types'

export interface Standing {
  rank: number | null
  /** A rubric stage's final score, or a pairwise stage's estimated quality (μ). */
  score: number | null
  mode: 'rubric' | 'pairwise'
}

/** The stage awards follow: the last closed one, as `final_ranking` in src/routes/awards.rs picks it. */
export function finalStage(stages: StageView[]): StageView | null {
  const closed = stages.filter((stage) => stage.closed_at).sort((a, b) => a.position - b.position)
  return closed.at(-1) ?? null
}

const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/**
 * Each entry's rank and score from a stage's results document (untyped in
 * the API: a rubric stage's `entries[]` with `entry`, `rank`, `final_score`,
 * or a pairwise stage's `ranking[]` with `entry_id`, `rank`, `mu`).
 */
export function standingsFromResults(results: unknown): Map<string, Standing> {
  const out = new Map<string, Standing>()
  if (!results || typeof results !== 'object') return out
  const doc = results as Record<string, unknown>
  if (doc.mode === 'pairwise' && Array.isArray(doc.ranking)) {
    for (const row of doc.ranking as Record<string, unknown>[]) {
      if (typeof row.entry_id === 'string') {
        out.set(row.entry_id, { rank: numberOrNull(row.rank), score: numberOrNull(row.mu), mode: 'pairwise' })
      }
    }
  } else if (Array.isArray(doc.entries)) {
    for (const row of doc.entries as Record<string, unknown>[]) {
      if (typeof row.entry === 'string') {
        out.set(row.entry, { rank: numberOrNull(row.rank), score: numberOrNull(row.final_score), mode: 'rubric' })
      }
    }
  }
  return out
}

export interface Place {
  place: number
  award: AwardView | null
}

/** Every place of the tier, 1 to its count, with the award given to it (or none). */
export function placesOf(tier: Tier, awards: AwardView[]): Place[] {
  const given = new Map(awards.filter((a) => a.tier === tier.key).map((a) => [a.place, a]))
  return Array.from({ length: tier.count }, (_, i) => ({ place: i + 1, award: given.get(i + 1) ?? null }))
}

/** Scores with at most two decimals, as the results screens show them. */
export const formatScore = (score: number, language: string) =>
  new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: 2 }).format(score)

/**
 * The final ranking's entries, best first (a pairwise stage's categories
 * interleaved by rank), ties in the results' order; unranked ones last.
 */
export function rankedEntryIds(standings: Map<string, Standing>): string[] {
  const rankOf = (id: string) => standings.get(id)?.rank ?? Number.POSITIVE_INFINITY
  return [...standings.keys()].sort((a, b) => rankOf(a) - rankOf(b))
}
