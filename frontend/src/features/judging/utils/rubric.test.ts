import { describe, expect, it } from 'vitest'
import type { Rubric } from '../../../lib/api/types'
import { maxTotal, parseScore, scaleOf, snapToScale, stepScore, weightedTotal } from './rubric'

const text = (ko: string) => ({ ko })
const rubric: Rubric = {
  criteria: [
    { key: 'originality', label: text('독창성'), max: 30, weight: 2 },
    { key: 'vision', label: text('상징성'), min: 0, max: 10, step: 0.5 },
    { key: 'memorability', label: text('부르기 쉬움'), min: 1, max: 5, step: 1, weight: 0.5 },
  ],
}
const [whole, halves, fromOne] = rubric.criteria.map(scaleOf)

describe('scaleOf', () => {
  it('fills in the API defaults: min 0, step 1, weight 1', () => {
    expect(whole).toEqual({ min: 0, max: 30, step: 1, weight: 2 })
    expect(halves).toEqual({ min: 0, max: 10, step: 0.5, weight: 1 })
  })
})

describe('stepScore', () => {
  it('moves by the criterion step', () => {
    expect(stepScore(7, 1, whole)).toBe(8)
    expect(stepScore(7, -1, whole)).toBe(6)
    expect(stepScore(2.5, 1, halves)).toBe(3)
    expect(stepScore(2.5, -1, halves)).toBe(2)
  })

  it('stays inside the range', () => {
    expect(stepScore(30, 1, whole)).toBe(30)
    expect(stepScore(0, -1, whole)).toBe(0)
    expect(stepScore(1, -1, fromOne)).toBe(1)
    expect(stepScore(25, 10, whole)).toBe(30)
    expect(stepScore(3, -10, fromOne)).toBe(1)
  })

  it('starts at the bottom of the range from no score', () => {
    expect(stepScore(null, 1, fromOne)).toBe(1)
    expect(stepScore(null, -1, whole)).toBe(0)
  })

  it('returns an off-grid value to the grid without float noise', () => {
    expect(stepScore(0.1 + 0.2, 1, { min: 0, max: 1, step: 0.1, weight: 1 })).toBe(0.4)
    expect(snapToScale(2.74, halves)).toBe(2.5)
    expect(snapToScale(99, halves)).toBe(10)
  })
})

describe('parseScore', () => {
  it('takes grid values in range, with a decimal comma too', () => {
    expect(parseScore('7', whole)).toEqual({ value: 7, problem: null })
    expect(parseScore('2,5', halves)).toEqual({ value: 2.5, problem: null })
    expect(parseScore('  ', whole)).toEqual({ value: null, problem: null })
  })

  it('says what is wrong with the rest', () => {
    expect(parseScore('seven', whole).problem).toBe('not_a_number')
    expect(parseScore('31', whole).problem).toBe('above_max')
    expect(parseScore('0', fromOne).problem).toBe('below_min')
    expect(parseScore('2.25', halves).problem).toBe('off_step')
  })
})

describe('weightedTotal', () => {
  it('sums weight × score over the scored criteria', () => {
    // 2·20 + 1·7.5 + 0.5·4 = 49.5
    expect(weightedTotal(rubric, { originality: 20, vision: 7.5, memorability: 4 })).toBe(49.5)
  })

  it('leaves unscored criteria out', () => {
    expect(weightedTotal(rubric, { originality: 10, vision: null })).toBe(20)
    expect(weightedTotal(rubric, {})).toBe(0)
  })

  it('knows the highest total', () => {
    expect(maxTotal(rubric)).toBe(2 * 30 + 10 + 0.5 * 5)
  })
})
