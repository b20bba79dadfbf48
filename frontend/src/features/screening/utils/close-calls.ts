/**
 * Close calls: the entries whose side of the advancement cut line is not
 * safe, so an organizer may ask for more reviews before closing the stage.
 * Pure: tested without React.
 *
 * An entry is a close call for one or more of these reasons:
 * - `resampling`: the server flagged it (rubric previews only): resampling
 *   the judges' scores moved it across the cut line in 5–95% of the cases.
 * - `tie`: its score equals that of the nearest entry on the other side of
 *   the line, or it shares the last advancing score when a tie took more
 *   entries through than the rule names (the server's `cutoff_tie`).
 * - `margin`: its score is less than `margin` (plus both entries' stated
 *   uncertainty, the σ of a pairwise ranking) away from the nearest entry
 *   on the other side of the line.
 *
 * There is a line only when some scored entries advance and some do not:
 * when nobody advances, or everyone does (the cut falls after the last
 * entry), only the server's flags remain. Unscored entries are never close
 * calls: they are below the line whatever happens.
 */

export interface RankedRow {
  entry: string
  /** The final score (rubric) or μ (pairwise); null when unscored. */
  score: number | null
  /** σ of a pairwise strength; 0 or absent for a rubric score. */
  uncertainty?: number
  advances: boolean
}

export type CloseCallReason = 'resampling' | 'tie' | 'margin'

export interface CloseCallRule {
  /** Scores closer than this across the line are close calls; 0 for "uncertainty only". */
  margin: number
  /** Entries the server flagged by resampling the judges. */
  flagged?: ReadonlySet<string>
  /** The server reports that a tie straddled the top-N cutoff. */
  cutoffTie?: boolean
}

/** Relative tolerance for "the same score", as the server compares them. */
const TOLERANCE = 1e-9

export function sameScore(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1)
}

/**
 * Where the line falls: the index of the last advancing row, when at least
 * one scored row below it does not advance; otherwise null (no line).
 */
export function cutIndex(rows: readonly RankedRow[]): number | null {
  const last = rows.findLastIndex((row) => row.advances)
  if (last < 0) return null
  const below = rows.slice(last + 1).some((row) => !row.advances && row.score !== null)
  return below ? last : null
}

/** Each close call's reasons, by entry id (entries that are not close calls are absent). */
export function closeCalls(rows: readonly RankedRow[], rule: CloseCallRule): Map<string, CloseCallReason[]> {
  const found = new Map<string, CloseCallReason[]>()
  const add = (entry: string, reason: CloseCallReason) => {
    const reasons = found.get(entry) ?? []
    if (!reasons.includes(reason)) found.set(entry, [...reasons, reason])
  }
  for (const row of rows) if (rule.flagged?.has(row.entry)) add(row.entry, 'resampling')

  const cut = cutIndex(rows)
  if (cut === null) return found
  const scored = (row: RankedRow): row is RankedRow & { score: number } => row.score !== null
  const above = rows.slice(0, cut + 1).filter(scored)
  const below = rows.slice(cut + 1).filter((row) => scored(row) && !row.advances) as (RankedRow & { score: number })[]
  const lastIn = above.at(-1)
  const firstOut = below[0]
  if (!lastIn || !firstOut) return found

  const near = (row: RankedRow & { score: number }, other: RankedRow & { score: number }) => {
    if (sameScore(row.score, other.score)) return 'tie'
    const allowed = rule.margin + (row.uncertainty ?? 0) + (other.uncertainty ?? 0)
    return Math.abs(row.score - other.score) < allowed ? 'margin' : null
  }
  for (const row of above) {
    const reason = near(row, firstOut)
    if (reason) add(row.entry, reason)
    if (rule.cutoffTie && sameScore(row.score, lastIn.score)) add(row.entry, 'tie')
  }
  for (const row of below) {
    const reason = near(row, lastIn)
    if (reason) add(row.entry, reason)
  }
  return found
}
