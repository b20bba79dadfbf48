import { describe, expect, it } from 'vitest'
import { describeValueChanges } from './score-change'

describe('describeValueChanges', () => {
  it('lists every criterion of a first save', () => {
    expect(describeValueChanges(null, { feasibility: 20, creativity: 25 })).toEqual([
      { key: 'creativity', from: null, to: '25' },
      { key: 'feasibility', from: null, to: '20' },
    ])
  })

  it('lists only the criteria whose value changed, including one left out', () => {
    expect(describeValueChanges({ creativity: 25, feasibility: 20 }, { creativity: 27 })).toEqual([
      { key: 'creativity', from: '25', to: '27' },
      { key: 'feasibility', from: '20', to: null },
    ])
  })
})
