import { describe, expect, it } from 'vitest'
import { stage } from '../testing/fixtures'
import { fieldIdOf, moveItem, parseNumber } from './draft-checks'
import { buildRecipe, checkRecipe, recipeDraft } from './recipe-draft'
import { checkRubric, maxTotalOf, newCriterion, rubricDraft, type CriterionDraft } from './rubric-draft'
import { buildStageDocument, newStageDraft, stageDraft } from './stage-draft'

const criterion = (overrides: Partial<CriterionDraft>): CriterionDraft => ({
  ...newCriterion(),
  key: 'creativity',
  labelKo: '창의성',
  ...overrides,
})
const messagesOf = (problems: { field: string; message: string }[]) => problems.map((p) => [p.field, p.message])

describe('parseNumber', () => {
  it('reads numbers with thousands separators and full-width digits, and tells empty from invalid', () => {
    expect(parseNumber(' 1,000 ')).toEqual({ kind: 'number', value: 1000 })
    expect(parseNumber('１０．５')).toEqual({ kind: 'number', value: 10.5 })
    expect(parseNumber('')).toEqual({ kind: 'empty' })
    expect(parseNumber('ten')).toEqual({ kind: 'invalid' })
  })
})

describe('moveItem', () => {
  it('moves an item up or down and keeps the list when the move would leave it', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
  })
})

describe('fieldIdOf', () => {
  it('names the input of an API field path, and sends group errors to the control that fixes them', () => {
    expect(fieldIdOf('rubric.criteria[0].max')).toBe('stage-rubric-criteria-0-max')
    expect(fieldIdOf('recipe.blend')).toBe('stage-recipe-blend-jury')
    expect(fieldIdOf('recipe.tie_breaks[1]')).toBe('stage-recipe-tie-breaks-1-key')
  })
})

describe('checkRubric', () => {
  it('accepts a Korean-style rubric on its grid', () => {
    const draft = { criteria: [criterion({ max: '30' }), criterion({ key: 'feasibility', max: '25', step: '0.5' })], commentRequired: false }
    expect(checkRubric(draft)).toEqual([])
    expect(maxTotalOf(draft)).toBe(55)
  })

  it('refuses a maximum not above the minimum, and a range that is not a whole number of steps', () => {
    const problems = checkRubric({ criteria: [criterion({ min: '5', max: '5' }), criterion({ key: 'b', max: '10', step: '3' })], commentRequired: false })
    expect(messagesOf(problems)).toEqual([
      ['rubric.criteria[0].max', 'judgingSetup.error.maxRange'],
      ['rubric.criteria[1].step', 'judgingSetup.error.offStep'],
    ])
  })

  it('refuses a step of zero, a weight above 100 and a repeated or malformed key', () => {
    const problems = checkRubric({
      criteria: [criterion({ step: '0', weight: '101' }), criterion({}), criterion({ key: 'Bad key' })],
      commentRequired: false,
    })
    expect(messagesOf(problems)).toEqual([
      ['rubric.criteria[0].step', 'judgingSetup.error.stepPositive'],
      ['rubric.criteria[0].weight', 'judgingSetup.error.weightRange'],
      ['rubric.criteria[1].key', 'judgingSetup.error.keyDuplicate'],
      ['rubric.criteria[2].key', 'judgingSetup.error.keyFormat'],
    ])
  })

  it('needs at least one criterion', () => {
    expect(messagesOf(checkRubric({ criteria: [], commentRequired: false }))).toEqual([['rubric.criteria', 'judgingSetup.error.noCriteria']])
  })
})

describe('checkRecipe', () => {
  const keys = ['creativity']

  it('needs k and m for a trimmed mean, with m at least 2k + 1', () => {
    const draft = { ...recipeDraft(null), aggregation: 'trimmed_mean' as const, drop: '', minJudges: '' }
    expect(messagesOf(checkRecipe(draft, keys))).toEqual([
      ['recipe.aggregation.drop', 'judgingSetup.error.required'],
      ['recipe.aggregation.min_judges', 'judgingSetup.error.required'],
    ])
    expect(messagesOf(checkRecipe({ ...draft, drop: '2', minJudges: '4' }, keys))).toEqual([
      ['recipe.aggregation.min_judges', 'judgingSetup.error.trimmedMinJudges'],
    ])
    expect(checkRecipe({ ...draft, drop: '2', minJudges: '5' }, keys)).toEqual([])
  })

  it('needs the jury and public shares to add up to 100, and sends them as shares of 1', () => {
    const draft = { ...recipeDraft(null), blend: true, juryPercent: '80', publicPercent: '30' }
    expect(messagesOf(checkRecipe(draft, keys))).toEqual([['recipe.blend', 'judgingSetup.error.blendSum']])
    expect(buildRecipe({ ...draft, publicPercent: '20' }).blend).toEqual({ jury: 0.8, public: 0.2 })
  })

  it('needs a tie-break criterion to be one of the rubric’s', () => {
    const draft = recipeDraft({ ...stage.recipe, tie_breaks: [{ type: 'criterion', key: 'gone' }] })
    expect(messagesOf(checkRecipe(draft, keys))).toEqual([['recipe.tie_breaks[0].key', 'judgingSetup.error.tieBreakCriterion']])
  })

  it('checks only the advance rule of a pairwise stage', () => {
    const draft = { ...recipeDraft(null), blend: true, juryPercent: '1', advance: 'top_n' as const, topN: '0' }
    expect(messagesOf(checkRecipe(draft, null))).toEqual([['recipe.advance.n', 'judgingSetup.error.atLeast']])
  })

  it('gives back the recipe it was made from', () => {
    expect(buildRecipe(recipeDraft(stage.recipe))).toEqual(stage.recipe)
  })
})

describe('buildStageDocument', () => {
  const saved = stageDraft(stage, 'Asia/Seoul')

  it('sends the window as instants of the contest’s zone, with the version last read', () => {
    const result = buildStageDocument(saved, { timeZone: 'Asia/Seoul', saved: { version: 4, frozen: false, draft: saved } })
    expect(result.ok && result.document).toMatchObject({
      version: 4,
      opens_at: '2026-11-01T00:00:00.000Z',
      closes_at: '2026-11-30T09:00:00.000Z',
      assignment: { mode: 'per_entry', k: 3 },
      rubric: stage.rubric,
      recipe: stage.recipe,
    })
  })

  it('sends a closing time with seconds back to the second', () => {
    const withSeconds = stageDraft({ ...stage, closes_at: '2026-11-30T14:59:59Z' }, 'Asia/Seoul')
    expect(withSeconds.closesAt).toBe('2026-11-30T23:59:59')
    const result = buildStageDocument(withSeconds, { timeZone: 'Asia/Seoul' })
    expect(result.ok && result.document.closes_at).toBe('2026-11-30T14:59:59.000Z')
  })

  it('refuses a window that closes before it opens', () => {
    const result = buildStageDocument({ ...saved, closesAt: '2026-10-01T09:00' }, { timeZone: 'Asia/Seoul' })
    expect(result.ok ? [] : messagesOf(result.problems)).toEqual([['closes_at', 'judgingSetup.error.closesBeforeOpens']])
  })

  it('asks for a reason to change the recipe once scoring opened, and sends it', () => {
    const changed = { ...saved, recipe: { ...saved.recipe, normalization: 'rank' as const } }
    const options = { timeZone: 'Asia/Seoul', saved: { version: 4, frozen: true, draft: saved } }
    const refused = buildStageDocument(changed, options)
    expect(refused.ok ? [] : messagesOf(refused.problems)).toEqual([['reopen_reason', 'judgingSetup.error.reopenReasonRequired']])
    const sent = buildStageDocument({ ...changed, reopenReason: '심사위원 수 변경' }, options)
    expect(sent.ok && sent.document.reopen_reason).toBe('심사위원 수 변경')
  })

  it('needs no reason when only the window changes after scoring opened', () => {
    const result = buildStageDocument({ ...saved, closesAt: '2026-12-01T18:00' }, { timeZone: 'Asia/Seoul', saved: { version: 4, frozen: true, draft: saved } })
    expect(result.ok && result.document.reopen_reason).toBeUndefined()
  })

  it('sends no rubric for a pairwise stage, and every judge sees every entry', () => {
    const draft = { ...newStageDraft(), nameKo: '본선', mode: 'pairwise' as const, opensAt: '2026-12-01T10:00', closesAt: '2026-12-01T18:00', assignment: 'per_entry' as const }
    const result = buildStageDocument(draft, { timeZone: 'Asia/Seoul' })
    expect(result.ok && result.document).toMatchObject({ rubric: null, mode: 'pairwise', assignment: { mode: 'everyone' } })
  })

  it('reads a saved rubric back into the builder’s rows, numbers as typed', () => {
    expect(rubricDraft(stage.rubric).criteria.map((c) => [c.key, c.max, c.step])).toEqual([
      ['creativity', '30', '1'],
      ['feasibility', '25', '0.5'],
    ])
  })
})
