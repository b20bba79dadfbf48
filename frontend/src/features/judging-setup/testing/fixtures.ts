/** Small API shapes for the judging-setup screens' tests. */
import type { AssignmentView, ContestView, StageView } from '../../../lib/api/types'

const text = (ko: string, en: string) => ({ ko, en })

export const contest = {
  id: 'c1',
  title: text('스마트시티 이름 공모', 'Smart city naming contest'),
  time_zone: 'Asia/Seoul',
  categories: [],
  form: { fields: [], file_slots: [] },
} as unknown as ContestView

export const stage: StageView = {
  id: 's1',
  contest_id: 'c1',
  position: 1,
  name: text('서류 심사', 'Document review'),
  mode: 'rubric',
  blind: true,
  state: 'upcoming',
  opens_at: '2026-11-01T00:00:00Z',
  closes_at: '2026-11-30T09:00:00Z',
  assignment: { mode: 'per_entry', k: 3 },
  rubric: {
    criteria: [
      { key: 'creativity', label: text('창의성', 'Creativity'), min: 0, max: 30, step: 1, weight: 1 },
      { key: 'feasibility', label: text('실현가능성', 'Feasibility'), min: 0, max: 25, step: 0.5, weight: 1 },
    ],
    comment_required: false,
  },
  recipe: {
    normalization: 'z_score',
    aggregation: { type: 'trimmed_mean', drop: 1, min_judges: 5 },
    bonus_rules: [{ key: 'agency', label: text('추천기관', 'Backed by a listed agency'), points: 3 }],
    bonus_cap: 5,
    blend: null,
    tie_breaks: [{ type: 'criterion', key: 'creativity' }, { type: 'earliest_submission' }],
    advance: { type: 'top_n', n: 14 },
  },
  closed_at: null,
  version: 4,
}

export const pairwiseStage: StageView = {
  ...stage,
  id: 's2',
  position: 2,
  name: text('본선', 'Final'),
  mode: 'pairwise',
  state: 'scoring',
  assignment: { mode: 'everyone' },
  rubric: { criteria: [], comment_required: false },
  recipe: { ...stage.recipe, advance: { type: 'top_n', n: 10 } },
  version: 1,
}

export const judge = (id: string, email: string, status = 'active', progress = { assigned: 10, scored: 4, remaining: 6, conflicts: 1 }) => ({
  id,
  email,
  status,
  display_name: status === 'invited' ? null : `심사위원 ${id}`,
  user_id: status === 'invited' ? null : `u-${id}`,
  invited_at: '2026-10-20T01:00:00Z',
  accepted_at: status === 'invited' ? null : '2026-10-21T01:00:00Z',
  removed_at: null,
  progress,
})

export const assignment = (id: string, overrides: Partial<AssignmentView> = {}): AssignmentView => ({
  id,
  stage_id: 's1',
  judge_id: 'u-j1',
  entry_id: `entry-${id}`,
  origin: 'plan',
  declaration: null,
  score_status: null,
  ...overrides,
})
