/**
 * The server's field errors (a 422's `errors[]`) in the reader's language.
 * The stage form's codes are more varied than the app-wide ones
 * (lib/problem-messages.ts), and the same code means different things on
 * different fields (`out_of_range` on a step or on a weight), so the last
 * segment of the field path picks the message here; anything else falls
 * back to the app-wide catalogue, then to the server's text.
 */
import type { FieldError } from '../../../lib/api/types'
import { ApiError } from '../../../lib/api-client'
import type { MessageKey, MessageVars, Translate } from '../../../lib/i18n'
import { fieldErrorMessage } from '../../../lib/problem-messages'

type Rule = { key: MessageKey; vars?: MessageVars }

const OUT_OF_RANGE: Record<string, Rule> = {
  min: { key: 'judgingSetup.error.minRange', vars: { limit: 1000 } },
  max: { key: 'judgingSetup.error.maxRange', vars: { limit: 1000 } },
  step: { key: 'judgingSetup.error.stepRange' },
  weight: { key: 'judgingSetup.error.weightRange', vars: { limit: 100 } },
  drop: { key: 'judgingSetup.error.atLeast', vars: { min: 0 } },
  min_judges: { key: 'judgingSetup.error.trimmedMinJudgesPlain' },
  points: { key: 'judgingSetup.error.bonusPointsRange', vars: { limit: 1000 } },
  bonus_cap: { key: 'judgingSetup.error.capPositive' },
  jury: { key: 'judgingSetup.error.percentRange' },
  public: { key: 'judgingSetup.error.percentRange' },
  n: { key: 'judgingSetup.error.atLeast', vars: { min: 1 } },
  k: { key: 'judgingSetup.error.judgesPerEntry', vars: { max: 50 } },
}

const BY_CODE: Record<string, Rule> = {
  invalid_format: { key: 'judgingSetup.error.keyFormat' },
  invalid_length: { key: 'judgingSetup.error.length' },
  off_step: { key: 'judgingSetup.error.offStep' },
  not_finite: { key: 'judgingSetup.error.notANumber' },
  invalid_sum: { key: 'judgingSetup.error.blendSumPlain' },
  invalid_schedule: { key: 'judgingSetup.error.closesBeforeOpens' },
  unknown_criterion: { key: 'judgingSetup.error.tieBreakCriterion' },
  too_many: { key: 'judgingSetup.error.tooMany' },
  not_allowed: { key: 'judgingSetup.error.pairwiseEveryone' },
  unknown_mode: { key: 'fieldError.invalid_choice' },
  invalid_email: { key: 'judgingSetup.error.email' },
  not_a_judge: { key: 'judgingSetup.error.notAJudge' },
  not_in_stage: { key: 'judgingSetup.error.notInStage' },
}

function ruleFor(error: Pick<FieldError, 'field' | 'code'>): Rule | undefined {
  const last = error.field.split('.').at(-1)?.replace(/\[\d+\]$/, '') ?? ''
  if (error.code === 'out_of_range') return OUT_OF_RANGE[last]
  if (error.code === 'duplicate') {
    return { key: last.startsWith('tie_breaks') ? 'judgingSetup.error.tieBreakDuplicate' : 'judgingSetup.error.keyDuplicate' }
  }
  if (error.code === 'required') {
    if (error.field === 'rubric' || error.field === 'rubric.criteria') return { key: 'judgingSetup.error.noCriteria' }
    if (last === 'label' || last === 'description' || last === 'ko') return { key: 'judgingSetup.error.koreanRequired' }
    if (last === 'key') return { key: 'judgingSetup.error.keyRequired' }
    return { key: 'judgingSetup.error.required' }
  }
  return BY_CODE[error.code]
}

export function serverFieldMessage(error: FieldError, t: Translate): string {
  const rule = ruleFor(error)
  return rule ? t(rule.key, rule.vars) : fieldErrorMessage(error, t)
}

/** The 422's field errors by field path, translated; empty for any other failure. */
export function serverFieldErrors(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 422) return {}
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.field, serverFieldMessage(e, t)]))
}
