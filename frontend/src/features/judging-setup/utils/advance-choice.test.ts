import { describe, expect, it } from 'vitest'
import { pairwiseResults, rubricResults } from '../../screening/testing/fixtures'
import { chosenInOrder, rankedChoices, recipeChoice } from './advance-choice'

describe('rankedChoices', () => {
  it('reads a rubric ranking in rank order, an unscored entry without a rank', () => {
    expect(rankedChoices(rubricResults)).toEqual([
      { entry: 'e1', rank: 1, category: null, advances: true },
      { entry: 'e2', rank: 2, category: null, advances: true },
      { entry: 'e3', rank: 3, category: null, advances: false },
      { entry: 'e4', rank: null, category: null, advances: false },
    ])
  })

  it('reads a pairwise ranking with its ranks within each category', () => {
    expect(rankedChoices(pairwiseResults).map((r) => [r.entry, r.category, r.rank, r.advances])).toEqual([
      ['e1', 'youth', 1, true],
      ['e2', 'youth', 2, false],
      ['e3', 'general', 1, true],
      ['e5', 'general', 2, false],
    ])
  })
})

describe('the choice', () => {
  it('starts from the recipe’s and is sent in rank order, whatever order it was ticked in', () => {
    const rows = rankedChoices(rubricResults)
    expect([...recipeChoice(rows)]).toEqual(['e1', 'e2'])
    expect(chosenInOrder(rows, new Set(['e3', 'e1']))).toEqual(['e1', 'e3'])
  })
})
