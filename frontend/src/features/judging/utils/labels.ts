/** Catalogue keys for the states an assignment and a stage's shortcuts are shown in. */
import type { AssignmentView } from '../../../lib/api/types'
import type { MessageKey } from '../../../lib/i18n'

export const declarationKey = (a: Pick<AssignmentView, 'declaration'>): MessageKey =>
  a.declaration === 'no_conflict'
    ? 'judging.declarationState.no_conflict'
    : a.declaration === 'conflict'
      ? 'judging.declarationState.conflict'
      : 'judging.declarationState.pending'

export const scoreStatusKey = (a: Pick<AssignmentView, 'score_status'>): MessageKey =>
  a.score_status === 'submitted'
    ? 'judging.scoreStatus.submitted'
    : a.score_status === 'draft'
      ? 'judging.scoreStatus.draft'
      : 'judging.scoreStatus.none'

/** The scoring screen's keys, as the help lists them (the keys themselves are not translated). */
export const SCORING_SHORTCUTS: { keys: string[]; action: MessageKey }[] = [
  { keys: ['↑', '+'], action: 'judging.shortcuts.up' },
  { keys: ['↓', '−'], action: 'judging.shortcuts.down' },
  { keys: ['PageUp', 'PageDown'], action: 'judging.shortcuts.page' },
  { keys: ['Home', 'End'], action: 'judging.shortcuts.bounds' },
  { keys: ['0–9'], action: 'judging.shortcuts.digits' },
  { keys: ['Enter'], action: 'judging.shortcuts.enter' },
  { keys: ['Ctrl/⌘ + S'], action: 'judging.shortcuts.save' },
  { keys: ['Ctrl/⌘ + Enter'], action: 'judging.shortcuts.submit' },
  { keys: ['J', 'Alt + →'], action: 'judging.shortcuts.next' },
  { keys: ['K', 'Alt + ←'], action: 'judging.shortcuts.previous' },
  { keys: ['?'], action: 'judging.shortcuts.help' },
]

/** The id of a criterion's input, for focus moves and error links. */
export const criterionInputId = (key: string) => `score-${key}`
