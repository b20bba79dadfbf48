import type { JudgingProgress } from '../../../lib/api/types'

/** A panel's progress: the sum over its judges. */
export function sumProgress(all: JudgingProgress[]): JudgingProgress {
  return all.reduce(
    (sum, p) => ({
      assigned: sum.assigned + p.assigned,
      scored: sum.scored + p.scored,
      remaining: sum.remaining + p.remaining,
      conflicts: sum.conflicts + p.conflicts,
    }),
    { assigned: 0, scored: 0, remaining: 0, conflicts: 0 },
  )
}
