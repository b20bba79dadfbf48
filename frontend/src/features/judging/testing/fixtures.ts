/** Small API shapes for the judging screens' tests. */
import type { AssignmentView, ContestView, JudgeEntryView, ScoreView, StageView } from '../../../lib/api/types'

const text = (ko: string, en: string) => ({ ko, en })

export const stage = {
  id: 's1',
  contest_id: 'c1',
  position: 1,
  name: text('1차 심사', 'First round'),
  mode: 'rubric',
  blind: true,
  state: 'scoring',
  opens_at: '2026-11-01T00:00:00Z',
  closes_at: '2026-11-30T00:00:00Z',
  assignment: { mode: 'everyone' },
  rubric: {
    criteria: [
      { key: 'originality', label: text('독창성', 'Originality'), min: 0, max: 30, step: 1, weight: 2 },
      { key: 'clarity', label: text('명료성', 'Clarity'), min: 0, max: 10, step: 0.5, weight: 1 },
    ],
    comment_required: false,
  },
  version: 1,
} as unknown as StageView

export const contest = {
  id: 'c1',
  title: text('이름 공모', 'Naming contest'),
  time_zone: 'Asia/Seoul',
  categories: [],
  form: {
    fields: [
      { key: 'name', label: text('이름', 'Proposed name'), required: true, type: 'short_text' },
      { key: 'meaning', label: text('의미', 'Meaning'), required: true, type: 'long_text' },
    ],
    file_slots: [],
  },
} as unknown as ContestView

export const assignment = (declaration: string | null, id = 'a1'): AssignmentView => ({
  id,
  stage_id: 's1',
  judge_id: 'j1',
  entry_id: `e-${id}`,
  origin: 'plan',
  declaration,
  score_status: null,
})

export const entry = (assignmentId = 'a1', name = 'Riverside'): JudgeEntryView => ({
  assignment_id: assignmentId,
  entry_id: `e-${assignmentId}`,
  blind: true,
  answers: { name, meaning: 'Where the river meets the sea.' } as unknown as Record<string, never>,
  files: [],
  entrant: null,
})

export const score = (values: Record<string, number>, status = 'draft', version = 1): ScoreView => ({
  assignment_id: 'a1',
  values,
  comment: null,
  status,
  total: 0,
  version,
  updated_at: '2026-11-22T05:00:00Z',
})
