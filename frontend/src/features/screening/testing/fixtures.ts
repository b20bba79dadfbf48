/** Small API shapes for the screening and results preview tests. */
import type { ContestView, EntryView, FileView, StageView } from '../../../lib/api/types'
import { problem } from '../../../testing/fake-api'
import { jsonResponse } from '../../../testing/render'
import type { DuplicatesReport, PanelMember, ResultsView, ScreenedEntry } from '../api/shapes'

const text = (ko: string, en: string) => ({ ko, en })

export const contest = {
  id: 'c1',
  title: text('부산 이름 공모', 'Busan naming contest'),
  time_zone: 'Asia/Seoul',
  state: 'closed',
  categories: [
    { key: 'youth', label: text('청소년', 'Youth') },
    { key: 'general', label: text('일반', 'General') },
  ],
  form: {
    fields: [
      { key: 'name', label: text('이름', 'Proposed name'), required: true, type: 'short_text' },
      { key: 'meaning', label: text('의미', 'Meaning'), required: true, type: 'long_text' },
    ],
    file_slots: [{ key: 'photo', label: text('사진', 'Photo') }],
  },
} as unknown as ContestView

/** 2026-09-30T08:30Z is 17:30 in Seoul. */
export const screened = (id: string, receipt: string, name: string, patch: Partial<ScreenedEntry> = {}): ScreenedEntry => ({
  id,
  contest_id: 'c1',
  status: 'submitted',
  category: 'youth',
  team_id: null,
  answers: { name, meaning: 'Where the river meets the sea.' } as unknown as Record<string, never>,
  version: 1,
  receipt_number: receipt,
  submitted_at: '2026-09-30T08:30:00Z',
  created_at: '2026-09-01T00:00:00Z',
  updated_at: '2026-09-30T08:30:00Z',
  entrant: '김시민',
  screening: 'pending',
  screening_reason: null,
  screened_at: null,
  duplicate_group: null,
  duplicate_of: null,
  near_duplicate_photo: false,
  ...patch,
})

export const page = (items: ScreenedEntry[], next_cursor: string | null = null) => ({ items, next_cursor })

/**
 * `GET /contests/{id}/entries` as the server answers it: with `?ids=`, only
 * the named entries it has (in its order), more than 100 ids refused; without,
 * every entry. Each answer's ids are kept, in `asked`, for assertions.
 */
export function entriesAnswer(entries: ScreenedEntry[]) {
  const asked: string[][] = []
  const answer = (request: Request) => {
    const raw = new URL(request.url).searchParams.get('ids')
    if (raw === null) return jsonResponse(200, page(entries))
    const ids = raw.split(',')
    asked.push(ids)
    if (ids.length > 100) return problem(400, 'invalid_parameter')
    return jsonResponse(200, page(entries.filter((entry) => ids.includes(entry.id))))
  }
  return Object.assign(answer, { asked })
}

export const entryView = (entry: ScreenedEntry): EntryView => ({
  id: entry.id,
  contest_id: entry.contest_id,
  status: entry.status,
  category: entry.category,
  team_id: entry.team_id,
  answers: entry.answers,
  version: entry.version,
  receipt_number: entry.receipt_number,
  submitted_at: entry.submitted_at,
  created_at: entry.created_at,
  updated_at: entry.updated_at,
})

export const photo: FileView = {
  id: 'f1',
  entry_id: 'e1',
  slot: 'photo',
  kind: 'jpeg',
  original_name: 'harbour.jpg',
  sha256: 'ab',
  size_bytes: 2048,
  width: 800,
  height: 600,
  thumbnail_ready: true,
  created_at: '2026-09-30T08:00:00Z',
}

export const duplicates: DuplicatesReport = {
  groups: [
    {
      key: '바다마을',
      original: { entry_id: 'e1', receipt_number: 'BUSAN-00001', text: '바다 마을' },
      duplicates: [
        { entry_id: 'e2', receipt_number: 'BUSAN-00007', text: '바다마을' },
        { entry_id: 'e3', receipt_number: 'BUSAN-00012', text: '바다  마을!' },
      ],
    },
  ],
  similar: [
    {
      a: { entry_id: 'e4', receipt_number: 'BUSAN-00003', text: '강나루' },
      b: { entry_id: 'e5', receipt_number: 'BUSAN-00009', text: '강나루터' },
      distance: 2,
    },
  ],
  photos: [],
}

export const stage = {
  id: 's1',
  contest_id: 'c1',
  position: 1,
  name: text('서류 심사', 'Document review'),
  mode: 'rubric',
  blind: true,
  state: 'scoring',
  opens_at: '2026-10-01T00:00:00Z',
  closes_at: '2026-10-31T00:00:00Z',
  assignment: { mode: 'everyone' },
  rubric: {
    criteria: [
      { key: 'originality', label: text('독창성', 'Originality'), min: 0, max: 60, step: 1, weight: 1 },
      { key: 'fit', label: text('적합성', 'Fit'), min: 0, max: 40, step: 1, weight: 1 },
    ],
  },
  recipe: {
    normalization: 'none',
    aggregation: { type: 'trimmed_mean', drop: 1, min_judges: 3 },
    bonus_rules: [{ key: 'youth', label: text('청년 가산점', 'Youth bonus'), points: 3 }],
    tie_breaks: [{ type: 'earliest_submission' }],
    advance: { type: 'top_n', n: 2 },
  },
  closed_at: null,
  version: 1,
} as unknown as StageView

export const panel: PanelMember[] = [
  {
    id: 'p1',
    email: 'judge1@example.kr',
    user_id: 'j1',
    display_name: '박심사',
    status: 'active',
    invited_at: '2026-09-01T00:00:00Z',
    progress: { assigned: 3, scored: 3, remaining: 0, conflicts: 0 },
  },
]

const judges = (...raw: number[]) =>
  raw.map((value, i) => ({ judge: `j${i + 1}`, raw: value, normalized: value, dropped: false }))

/** Three ranked entries, top 2 advance; e2 and e3 sit 0.5 apart across the line. */
export const rubricResults: ResultsView = {
  stage_id: 's1',
  stored: false,
  computed_at: '2026-10-20T03:00:00Z',
  close_calls: [{ entry: 'e3', advance_share: 0.35, advances: false }],
  results: {
    recipe_hash: 'r'.repeat(64),
    inputs_hash: 'i'.repeat(64),
    cutoff_tie: false,
    entries: [
      {
        entry: 'e1',
        judges: [
          { judge: 'j1', raw: 95, normalized: 95, dropped: true },
          { judge: 'j2', raw: 88, normalized: 88, dropped: false },
          { judge: 'j3', raw: 70, normalized: 70, dropped: true },
        ],
        criteria: { originality: 52, fit: 32.3 },
        jury: 88,
        public: null,
        bonus: 3,
        bonus_rules: ['youth'],
        final_score: 91,
        rank: 1,
        tied: false,
        advances: true,
      },
      {
        entry: 'e2',
        judges: judges(80, 81, 82),
        criteria: { originality: 50, fit: 31 },
        jury: 81,
        public: null,
        bonus: 0,
        bonus_rules: [],
        final_score: 81,
        rank: 2,
        tied: false,
        advances: true,
      },
      {
        entry: 'e3',
        judges: judges(80, 80.5, 81),
        criteria: { originality: 49, fit: 31.5 },
        jury: 80.5,
        public: null,
        bonus: 0,
        bonus_rules: [],
        final_score: 80.5,
        rank: 3,
        tied: false,
        advances: false,
      },
      {
        entry: 'e4',
        judges: [],
        criteria: {},
        jury: null,
        public: null,
        bonus: 0,
        bonus_rules: [],
        final_score: null,
        rank: null,
        tied: false,
        advances: false,
      },
    ],
  } as unknown as Record<string, never>,
}

export const pairwiseStage = {
  ...stage,
  id: 's2',
  mode: 'pairwise',
  name: text('본선', 'Final'),
  recipe: { ...stage.recipe, advance: { type: 'top_n', n: 1 } },
} as unknown as StageView

/** A pairwise ranking per category, top 1 advances in each. */
export const pairwiseResults: ResultsView = {
  stage_id: 's2',
  stored: true,
  computed_at: '2026-11-02T03:00:00Z',
  close_calls: [],
  results: {
    mode: 'pairwise',
    recipe_hash: 'r'.repeat(64),
    inputs_hash: 'i'.repeat(64),
    ranking: [
      { entry_id: 'e1', category: 'youth', mu: 1.2, sigma: 0.3, rank: 1, views: 9, advances: true },
      { entry_id: 'e2', category: 'youth', mu: 0.8, sigma: 0.2, rank: 2, views: 8, advances: false },
      { entry_id: 'e3', category: 'general', mu: 2.0, sigma: 0.1, rank: 1, views: 7, advances: true },
      { entry_id: 'e5', category: 'general', mu: 0.2, sigma: 0.1, rank: 2, views: 7, advances: false },
    ],
  } as unknown as Record<string, never>,
}
