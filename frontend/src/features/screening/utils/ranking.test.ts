import { describe, expect, it } from 'vitest'
import type { Rubric } from '../../../lib/api/types'
import type { EntryResult, PairwiseRanked } from '../api/shapes'
import { byCategory, judgeNumbers, pairwiseRows, rubricMargin } from './ranking'

const ranked = (entry_id: string, category: string | null, mu: number): PairwiseRanked => ({
  entry_id,
  category,
  mu,
  sigma: 0.2,
  rank: 1,
  views: 3,
  advances: false,
})

describe('rubricMargin', () => {
  it('is one hundredth of the rubric’s highest weighted total', () => {
    const rubric = {
      criteria: [
        { key: 'a', label: { ko: 'a' }, max: 30, weight: 2 },
        { key: 'b', label: { ko: 'b' }, max: 40 },
      ],
    } as unknown as Rubric
    expect(rubricMargin(rubric)).toBe(1)
  })
})

describe('byCategory', () => {
  it('keeps the categories and their entries in the order the API ranked them', () => {
    const groups = byCategory([ranked('a', 'youth', 2), ranked('b', 'youth', 1), ranked('c', null, 3)])
    expect(groups.map((g) => [g.category, g.ranking.map((r) => r.entry_id)])).toEqual([
      ['youth', ['a', 'b']],
      [null, ['c']],
    ])
  })
})

describe('pairwiseRows', () => {
  it('ranks by μ with σ as the uncertainty', () => {
    expect(pairwiseRows([ranked('a', null, 1.5)])).toEqual([{ entry: 'a', score: 1.5, uncertainty: 0.2, advances: false }])
  })
})

describe('judgeNumbers', () => {
  it('numbers every judge of the stage once, in account-id order', () => {
    const entry = (judges: string[]) => ({ judges: judges.map((judge) => ({ judge })) }) as unknown as EntryResult
    expect([...judgeNumbers([entry(['j2', 'j1']), entry(['j3', 'j1'])])]).toEqual([
      ['j1', 1],
      ['j2', 2],
      ['j3', 3],
    ])
  })
})
