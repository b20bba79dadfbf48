/**
 * The rubric builder's state: every number kept as typed, so a half-typed
 * "2." is not lost, and turned into the API's `Rubric` with the same checks
 * the server makes (src/domain/judging/rubric.rs).
 */
import type { Criterion, Rubric } from '../../../lib/api/types'
import { bilingual, checkKey, checkText, numberText, parseNumber, rowId, type DraftProblem } from './draft-checks'

export const MAX_CRITERIA = 30
export const MAX_POINTS = 1000
export const MAX_WEIGHT = 100
export const MAX_STEPS = 100_000
export const MAX_LABEL_CHARS = 200
export const MAX_DESCRIPTION_CHARS = 2000
const STEP_TOLERANCE = 1e-9

export interface CriterionDraft {
  uid: string
  key: string
  labelKo: string
  labelEn: string
  descriptionKo: string
  descriptionEn: string
  min: string
  max: string
  step: string
  weight: string
}

export interface RubricDraft {
  criteria: CriterionDraft[]
  commentRequired: boolean
}

export function newCriterion(): CriterionDraft {
  return {
    uid: rowId('criterion'),
    key: '',
    labelKo: '',
    labelEn: '',
    descriptionKo: '',
    descriptionEn: '',
    min: '0',
    max: '10',
    step: '1',
    weight: '1',
  }
}

export function criterionDraft(criterion: Criterion): CriterionDraft {
  return {
    uid: rowId('criterion'),
    key: criterion.key,
    labelKo: criterion.label.ko,
    labelEn: criterion.label.en ?? '',
    descriptionKo: criterion.description?.ko ?? '',
    descriptionEn: criterion.description?.en ?? '',
    min: numberText(criterion.min ?? 0),
    max: numberText(criterion.max),
    step: numberText(criterion.step ?? 1),
    weight: numberText(criterion.weight ?? 1),
  }
}

export const rubricDraft = (rubric: Rubric | null | undefined): RubricDraft => ({
  criteria: (rubric?.criteria ?? []).map(criterionDraft),
  commentRequired: rubric?.comment_required ?? false,
})

/** Whether `value` lies on the grid `min + k·step`, allowing float noise (as the server does). */
export function onStep(value: number, min: number, step: number): boolean {
  const k = (value - min) / step
  return Math.abs(k - Math.round(k)) <= STEP_TOLERANCE * Math.max(Math.abs(k), 1)
}

/** A number field with a default: empty means the default, anything else must be a number. */
function numberOr(text: string, fallback: number, field: string, problems: DraftProblem[]): number | null {
  const parsed = parseNumber(text)
  if (parsed.kind === 'empty') return fallback
  if (parsed.kind === 'invalid') {
    problems.push({ field, message: 'judgingSetup.error.notANumber' })
    return null
  }
  return parsed.value
}

function checkCriterion(draft: CriterionDraft, at: string, keys: Set<string>, problems: DraftProblem[]) {
  checkKey(draft.key.trim(), `${at}.key`, keys, problems)
  checkText(draft.labelKo, draft.labelEn, `${at}.label`, MAX_LABEL_CHARS, problems)
  if (draft.descriptionKo.trim() !== '' || draft.descriptionEn.trim() !== '') {
    checkText(draft.descriptionKo, draft.descriptionEn, `${at}.description`, MAX_DESCRIPTION_CHARS, problems)
  }
  const min = numberOr(draft.min, 0, `${at}.min`, problems)
  const maxParsed = parseNumber(draft.max)
  const max = maxParsed.kind === 'number' ? maxParsed.value : null
  if (maxParsed.kind === 'empty') problems.push({ field: `${at}.max`, message: 'judgingSetup.error.maxRequired' })
  if (maxParsed.kind === 'invalid') problems.push({ field: `${at}.max`, message: 'judgingSetup.error.notANumber' })
  const step = numberOr(draft.step, 1, `${at}.step`, problems)
  const weight = numberOr(draft.weight, 1, `${at}.weight`, problems)

  if (min !== null && (min < -MAX_POINTS || min >= MAX_POINTS)) {
    problems.push({ field: `${at}.min`, message: 'judgingSetup.error.minRange', vars: { limit: MAX_POINTS } })
  }
  const boundsOk = min !== null && max !== null && max > min && max <= MAX_POINTS
  if (min !== null && max !== null && !boundsOk) {
    problems.push({ field: `${at}.max`, message: 'judgingSetup.error.maxRange', vars: { limit: MAX_POINTS } })
  }
  if (step !== null && step <= 0) {
    problems.push({ field: `${at}.step`, message: 'judgingSetup.error.stepPositive' })
  } else if (step !== null && boundsOk) {
    const steps = (max - min) / step
    if (steps > MAX_STEPS) {
      problems.push({ field: `${at}.step`, message: 'judgingSetup.error.tooManySteps', vars: { limit: MAX_STEPS } })
    } else if (steps < 1 - STEP_TOLERANCE || !onStep(max, min, step)) {
      problems.push({ field: `${at}.step`, message: 'judgingSetup.error.offStep' })
    }
  }
  if (weight !== null && (weight <= 0 || weight > MAX_WEIGHT)) {
    problems.push({ field: `${at}.weight`, message: 'judgingSetup.error.weightRange', vars: { limit: MAX_WEIGHT } })
  }
}

/** The problems the server would find in the rubric, at `rubric.criteria[i].<name>`. */
export function checkRubric(draft: RubricDraft): DraftProblem[] {
  const problems: DraftProblem[] = []
  if (draft.criteria.length === 0) problems.push({ field: 'rubric.criteria', message: 'judgingSetup.error.noCriteria' })
  if (draft.criteria.length > MAX_CRITERIA) {
    problems.push({ field: 'rubric.criteria', message: 'judgingSetup.error.tooManyCriteria', vars: { limit: MAX_CRITERIA } })
  }
  const keys = new Set<string>()
  draft.criteria.forEach((criterion, i) => checkCriterion(criterion, `rubric.criteria[${i}]`, keys, problems))
  return problems
}

const numberFrom = (text: string, fallback: number) => {
  const parsed = parseNumber(text)
  return parsed.kind === 'number' ? parsed.value : fallback
}

/** The rubric as the API takes it (call after `checkRubric` found nothing). */
export function buildRubric(draft: RubricDraft): Rubric {
  return {
    criteria: draft.criteria.map((c) => {
      const describes = c.descriptionKo.trim() !== '' || c.descriptionEn.trim() !== ''
      return {
        key: c.key.trim(),
        label: bilingual(c.labelKo, c.labelEn),
        description: describes ? bilingual(c.descriptionKo, c.descriptionEn) : null,
        min: numberFrom(c.min, 0),
        max: numberFrom(c.max, 0),
        step: numberFrom(c.step, 1),
        weight: numberFrom(c.weight, 1),
      }
    }),
    comment_required: draft.commentRequired,
  }
}

/** The best possible weighted total (Σ weight·max) of what is typed so far; null while a number is missing. */
export function maxTotalOf(draft: RubricDraft): number | null {
  let total = 0
  for (const c of draft.criteria) {
    const max = parseNumber(c.max)
    const weight = parseNumber(c.weight)
    if (max.kind !== 'number' || weight.kind === 'invalid') return null
    total += (weight.kind === 'number' ? weight.value : 1) * max.value
  }
  return total
}
