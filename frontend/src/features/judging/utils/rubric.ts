/**
 * The arithmetic of a score sheet, as the server does it (src/domain/judging/
 * rubric.rs): each criterion is scored from `min` to `max` on the grid
 * `min + k·step`, and the total is the sum of weight × score over the
 * criteria that have a score.
 */
import type { Criterion, Rubric } from '../../../lib/api/types'

export interface Scale {
  min: number
  max: number
  step: number
  weight: number
}

/** The criterion's scale with the API's defaults filled in (min 0, step 1, weight 1). */
export function scaleOf(criterion: Criterion): Scale {
  return { min: criterion.min ?? 0, max: criterion.max, step: criterion.step ?? 1, weight: criterion.weight ?? 1 }
}

/** Decimal places of a number as written (0.25 → 2), to print grid values without float noise. */
export function decimalsOf(value: number): number {
  const text = String(value)
  if (text.includes('e-')) return Number(text.split('e-')[1])
  return text.includes('.') ? text.split('.')[1].length : 0
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

/** The nearest point of the criterion's grid inside its range. */
export function snapToScale(value: number, scale: Scale): number {
  const decimals = Math.max(decimalsOf(scale.step), decimalsOf(scale.min))
  const k = Math.round((value - scale.min) / scale.step)
  const snapped = round(scale.min + k * scale.step, decimals)
  return Math.min(scale.max, Math.max(scale.min, snapped))
}

/**
 * The score after `steps` steps up (positive) or down (negative) from
 * `current`, kept inside the range. From no score yet, any move starts at
 * the bottom of the range.
 */
export function stepScore(current: number | null, steps: number, scale: Scale): number {
  if (current === null) return scale.min
  return snapToScale(current + steps * scale.step, scale)
}

/** Why a typed score is not one the server would take, or null when it is. */
export type ScoreProblem = 'not_a_number' | 'below_min' | 'above_max' | 'off_step'

/** "" is no score; anything else must be a number on the grid, in range. Accepts a decimal comma. */
export function parseScore(text: string, scale: Scale): { value: number | null; problem: ScoreProblem | null } {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return { value: null, problem: null }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return { value: null, problem: 'not_a_number' }
  const value = Number(trimmed)
  // The server allows a little float slack at the bounds and on the grid; so do we.
  const slack = scale.step * 1e-6
  if (value < scale.min - slack) return { value, problem: 'below_min' }
  if (value > scale.max + slack) return { value, problem: 'above_max' }
  const k = (value - scale.min) / scale.step
  if (Math.abs(k - Math.round(k)) > 1e-6) return { value, problem: 'off_step' }
  return { value, problem: null }
}

/** Σ weight × score over the criteria that have a score, in rubric order. */
export function weightedTotal(rubric: Rubric, values: Record<string, number | null | undefined>): number {
  let total = 0
  for (const criterion of rubric.criteria) {
    const value = values[criterion.key]
    if (value !== null && value !== undefined) total += scaleOf(criterion).weight * value
  }
  return total
}

/** The highest total the rubric allows. */
export function maxTotal(rubric: Rubric): number {
  return rubric.criteria.reduce((sum, c) => sum + scaleOf(c).weight * c.max, 0)
}

/** A score or total for display: at most two decimals, none when whole. */
export function formatPoints(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)
}
