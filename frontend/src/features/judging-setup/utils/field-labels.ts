/**
 * What to call a field in the error summary: "Criterion 2 · Maximum points"
 * for `rubric.criteria[1].max`, so a listed problem says where it is.
 */
import type { MessageKey, Translate } from '../../../lib/i18n'

const FIELDS: Record<string, MessageKey> = {
  'name.ko': 'judgingSetup.stage.nameKo',
  'name.en': 'judgingSetup.stage.nameEn',
  mode: 'judgingSetup.stage.mode',
  opens_at: 'judgingSetup.stage.opensAt',
  closes_at: 'judgingSetup.stage.closesAt',
  assignment: 'judgingSetup.assignment.title',
  'assignment.k': 'judgingSetup.assignment.k',
  rubric: 'judgingSetup.rubric.title',
  'rubric.criteria': 'judgingSetup.rubric.title',
  reopen_reason: 'judgingSetup.stage.reopenReason',
  version: 'judgingSetup.title',
  'recipe.aggregation.drop': 'judgingSetup.aggregation.drop',
  'recipe.aggregation.min_judges': 'judgingSetup.aggregation.minJudges',
  'recipe.bonus_rules': 'judgingSetup.bonus.title',
  'recipe.bonus_cap': 'judgingSetup.bonus.cap',
  'recipe.blend': 'judgingSetup.blend.title',
  'recipe.blend.jury': 'judgingSetup.blend.jury',
  'recipe.blend.public': 'judgingSetup.blend.public',
  'recipe.tie_breaks': 'judgingSetup.tieBreak.title',
  'recipe.advance.n': 'judgingSetup.advance.n',
  'recipe.advance.min_score': 'judgingSetup.advance.minScore',
}

const CRITERION_FIELDS: Record<string, MessageKey> = {
  key: 'judgingSetup.rubric.key',
  label: 'judgingSetup.rubric.labelKo',
  'label.en': 'judgingSetup.rubric.labelEn',
  description: 'judgingSetup.rubric.descriptionKo',
  'description.en': 'judgingSetup.rubric.descriptionEn',
  min: 'judgingSetup.rubric.min',
  max: 'judgingSetup.rubric.max',
  step: 'judgingSetup.rubric.step',
  weight: 'judgingSetup.rubric.weight',
}

const BONUS_FIELDS: Record<string, MessageKey> = {
  key: 'judgingSetup.bonus.key',
  label: 'judgingSetup.bonus.labelKo',
  'label.en': 'judgingSetup.bonus.labelEn',
  points: 'judgingSetup.bonus.points',
}

export function fieldLabel(path: string, t: Translate): string | null {
  const known = FIELDS[path]
  if (known) return t(known)
  const criterion = /^rubric\.criteria\[(\d+)\]\.(.+)$/.exec(path)
  if (criterion) {
    const part = CRITERION_FIELDS[criterion[2]]
    const row = t('judgingSetup.rubric.criterionN', { n: Number(criterion[1]) + 1 })
    return part ? `${row} · ${t(part)}` : row
  }
  const bonus = /^recipe\.bonus_rules\[(\d+)\]\.(.+)$/.exec(path)
  if (bonus) {
    const part = BONUS_FIELDS[bonus[2]]
    const row = t('judgingSetup.bonus.ruleN', { n: Number(bonus[1]) + 1 })
    return part ? `${row} · ${t(part)}` : row
  }
  const tie = /^recipe\.tie_breaks\[(\d+)\]/.exec(path)
  if (tie) return t('judgingSetup.tieBreak.nth', { n: Number(tie[1]) + 1 })
  return null
}
