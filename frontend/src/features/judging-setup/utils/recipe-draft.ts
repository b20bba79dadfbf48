/**
 * The scoring recipe builder's state and its checks, as the server makes
 * them (src/domain/judging/recipe.rs): normalization, aggregation (a trimmed
 * mean drops `drop` = k from each end when at least `min_judges` = m scored,
 * m ≥ 2k + 1), bonus rules with a cap, the jury / public blend, tie-breaks in
 * order, and the advance rule. The blend is typed in percent and sent as shares.
 */
import type { StageView } from '../../../lib/api/types'
import {
  bilingual,
  checkKey,
  checkText,
  numberText,
  parseNumber,
  rowId,
  type DraftProblem,
} from './draft-checks'

export type Recipe = StageView['recipe']
export type Normalization = Recipe['normalization']

export const MAX_BONUS_RULES = 30
export const MAX_BONUS_POINTS = 1000
export const MAX_TIE_BREAKS = 10
const MAX_LABEL_CHARS = 200

export type AggregationType = Recipe['aggregation']['type']
export type AdvanceType = Recipe['advance']['type']

export interface BonusRuleDraft {
  uid: string
  key: string
  labelKo: string
  labelEn: string
  points: string
}

export type TieBreakDraft =
  | { uid: string; type: 'criterion'; key: string }
  | { uid: string; type: 'earliest_submission' }

export interface RecipeDraft {
  normalization: Normalization
  aggregation: AggregationType
  /** k: how many highest and lowest scores a trimmed mean drops. */
  drop: string
  /** m: the fewest judges for the trimmed mean (with fewer, a plain mean). */
  minJudges: string
  bonusRules: BonusRuleDraft[]
  bonusCap: string
  blend: boolean
  juryPercent: string
  publicPercent: string
  tieBreaks: TieBreakDraft[]
  advance: AdvanceType
  topN: string
  minScore: string
}

export const newBonusRule = (): BonusRuleDraft => ({ uid: rowId('bonus'), key: '', labelKo: '', labelEn: '', points: '' })

export const newTieBreak = (type: TieBreakDraft['type'], key = ''): TieBreakDraft =>
  type === 'criterion' ? { uid: rowId('tie'), type, key } : { uid: rowId('tie'), type }

/** The server's default recipe: mean of raw totals, earliest submission breaks ties, nobody advances. */
export const defaultRecipe = (): Recipe => ({
  normalization: 'none',
  aggregation: { type: 'mean' },
  bonus_rules: [],
  bonus_cap: null,
  blend: null,
  tie_breaks: [{ type: 'earliest_submission' }],
  advance: { type: 'none' },
})

/** Percent without float noise: 0.8 → "80". */
const percent = (share: number) => numberText(Math.round(share * 1e6) / 1e4)

export function recipeDraft(recipe: Recipe | null | undefined): RecipeDraft {
  const r = recipe ?? defaultRecipe()
  const trimmed = r.aggregation.type === 'trimmed_mean' ? r.aggregation : null
  return {
    normalization: r.normalization,
    aggregation: r.aggregation.type,
    drop: trimmed ? String(trimmed.drop) : '1',
    minJudges: trimmed ? String(trimmed.min_judges) : '5',
    bonusRules: (r.bonus_rules ?? []).map((rule) => ({
      uid: rowId('bonus'),
      key: rule.key,
      labelKo: rule.label.ko,
      labelEn: rule.label.en ?? '',
      points: numberText(rule.points),
    })),
    bonusCap: numberText(r.bonus_cap),
    blend: Boolean(r.blend),
    juryPercent: r.blend ? percent(r.blend.jury) : '80',
    publicPercent: r.blend ? percent(r.blend.public) : '20',
    tieBreaks: (r.tie_breaks ?? []).map((tb) => (tb.type === 'criterion' ? newTieBreak('criterion', tb.key) : newTieBreak(tb.type))),
    advance: r.advance.type,
    topN: r.advance.type === 'top_n' ? String(r.advance.n) : '',
    minScore: r.advance.type === 'threshold' ? numberText(r.advance.min_score) : '',
  }
}

/** A whole number at least `least`, or the problem with it. */
function wholeNumber(text: string, field: string, least: number, problems: DraftProblem[]): number | null {
  const parsed = parseNumber(text)
  if (parsed.kind === 'empty') problems.push({ field, message: 'judgingSetup.error.required' })
  else if (parsed.kind === 'invalid' || !Number.isInteger(parsed.value)) {
    problems.push({ field, message: 'judgingSetup.error.wholeNumber' })
  } else if (parsed.value < least) problems.push({ field, message: 'judgingSetup.error.atLeast', vars: { min: least } })
  else return parsed.value
  return null
}

function checkAggregation(draft: RecipeDraft, problems: DraftProblem[]) {
  if (draft.aggregation !== 'trimmed_mean') return
  const drop = wholeNumber(draft.drop, 'recipe.aggregation.drop', 0, problems)
  const minJudges = wholeNumber(draft.minJudges, 'recipe.aggregation.min_judges', 1, problems)
  if (drop !== null && minJudges !== null && minJudges < 2 * drop + 1) {
    problems.push({
      field: 'recipe.aggregation.min_judges',
      message: 'judgingSetup.error.trimmedMinJudges',
      vars: { min: 2 * drop + 1, drop },
    })
  }
}

function checkBonus(draft: RecipeDraft, problems: DraftProblem[]) {
  if (draft.bonusRules.length > MAX_BONUS_RULES) {
    problems.push({ field: 'recipe.bonus_rules', message: 'judgingSetup.error.tooManyBonusRules', vars: { limit: MAX_BONUS_RULES } })
  }
  const keys = new Set<string>()
  draft.bonusRules.forEach((rule, i) => {
    const at = `recipe.bonus_rules[${i}]`
    checkKey(rule.key.trim(), `${at}.key`, keys, problems)
    checkText(rule.labelKo, rule.labelEn, `${at}.label`, MAX_LABEL_CHARS, problems)
    const points = parseNumber(rule.points)
    if (points.kind === 'empty') problems.push({ field: `${at}.points`, message: 'judgingSetup.error.required' })
    else if (points.kind === 'invalid') problems.push({ field: `${at}.points`, message: 'judgingSetup.error.notANumber' })
    else if (points.value <= 0 || points.value > MAX_BONUS_POINTS) {
      problems.push({ field: `${at}.points`, message: 'judgingSetup.error.bonusPointsRange', vars: { limit: MAX_BONUS_POINTS } })
    }
  })
  const cap = parseNumber(draft.bonusCap)
  if (cap.kind === 'invalid') problems.push({ field: 'recipe.bonus_cap', message: 'judgingSetup.error.notANumber' })
  else if (cap.kind === 'number' && cap.value <= 0) problems.push({ field: 'recipe.bonus_cap', message: 'judgingSetup.error.capPositive' })
}

function checkBlend(draft: RecipeDraft, problems: DraftProblem[]) {
  if (!draft.blend) return
  const shares = [
    ['recipe.blend.jury', parseNumber(draft.juryPercent)],
    ['recipe.blend.public', parseNumber(draft.publicPercent)],
  ] as const
  let partsOk = true
  for (const [field, share] of shares) {
    if (share.kind !== 'number' || share.value < 0 || share.value > 100) {
      partsOk = false
      problems.push({ field, message: 'judgingSetup.error.percentRange' })
    }
  }
  if (partsOk) {
    const sum = shares.reduce((total, [, share]) => total + (share.kind === 'number' ? share.value : 0), 0)
    if (Math.abs(sum - 100) > 1e-7) problems.push({ field: 'recipe.blend', message: 'judgingSetup.error.blendSum', vars: { sum: numberText(sum) } })
  }
}

function checkTieBreaks(draft: RecipeDraft, criterionKeys: readonly string[] | null, problems: DraftProblem[]) {
  if (draft.tieBreaks.length > MAX_TIE_BREAKS) {
    problems.push({ field: 'recipe.tie_breaks', message: 'judgingSetup.error.tooManyTieBreaks', vars: { limit: MAX_TIE_BREAKS } })
  }
  const seen = new Set<string>()
  draft.tieBreaks.forEach((tb, i) => {
    const identity = tb.type === 'criterion' ? `criterion:${tb.key}` : tb.type
    if (seen.has(identity)) problems.push({ field: `recipe.tie_breaks[${i}]`, message: 'judgingSetup.error.tieBreakDuplicate' })
    else if (tb.type === 'criterion' && criterionKeys && !criterionKeys.includes(tb.key)) {
      problems.push({ field: `recipe.tie_breaks[${i}].key`, message: 'judgingSetup.error.tieBreakCriterion' })
    }
    seen.add(identity)
  })
}

function checkAdvance(draft: RecipeDraft, problems: DraftProblem[]) {
  if (draft.advance === 'top_n') wholeNumber(draft.topN, 'recipe.advance.n', 1, problems)
  if (draft.advance === 'threshold') {
    const score = parseNumber(draft.minScore)
    if (score.kind === 'empty') problems.push({ field: 'recipe.advance.min_score', message: 'judgingSetup.error.required' })
    if (score.kind === 'invalid') problems.push({ field: 'recipe.advance.min_score', message: 'judgingSetup.error.notANumber' })
  }
}

/**
 * The problems the server would find in the recipe. `criterionKeys` are the
 * rubric's keys (tie-breaks must name one); null for a pairwise stage, where
 * only the advance rule applies.
 */
export function checkRecipe(draft: RecipeDraft, criterionKeys: readonly string[] | null): DraftProblem[] {
  const problems: DraftProblem[] = []
  if (criterionKeys !== null) {
    checkAggregation(draft, problems)
    checkBonus(draft, problems)
    checkBlend(draft, problems)
    checkTieBreaks(draft, criterionKeys, problems)
  }
  checkAdvance(draft, problems)
  return problems
}

const numberFrom = (text: string) => {
  const parsed = parseNumber(text)
  return parsed.kind === 'number' ? parsed.value : 0
}

/** The recipe as the API takes it (call after `checkRecipe` found nothing). */
export function buildRecipe(draft: RecipeDraft): Recipe {
  const cap = parseNumber(draft.bonusCap)
  return {
    normalization: draft.normalization,
    aggregation:
      draft.aggregation === 'trimmed_mean'
        ? { type: 'trimmed_mean', drop: numberFrom(draft.drop), min_judges: numberFrom(draft.minJudges) }
        : { type: draft.aggregation },
    bonus_rules: draft.bonusRules.map((rule) => ({
      key: rule.key.trim(),
      label: bilingual(rule.labelKo, rule.labelEn),
      points: numberFrom(rule.points),
    })),
    bonus_cap: cap.kind === 'number' ? cap.value : null,
    blend: draft.blend ? { jury: numberFrom(draft.juryPercent) / 100, public: numberFrom(draft.publicPercent) / 100 } : null,
    tie_breaks: draft.tieBreaks.map((tb) => (tb.type === 'criterion' ? { type: 'criterion', key: tb.key } : { type: tb.type })),
    advance:
      draft.advance === 'top_n'
        ? { type: 'top_n', n: numberFrom(draft.topN) }
        : draft.advance === 'threshold'
          ? { type: 'threshold', min_score: numberFrom(draft.minScore) }
          : { type: 'none' },
  }
}
