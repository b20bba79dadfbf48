/** Small API shapes for the awarding screens' tests: a Seoul photo contest judged in one closed stage. */
import type { AnnouncementView, StageView } from '../../../lib/api/types'
import { contest } from '../../results/testing/fixtures'
import { entriesAnswer } from '../../screening/testing/fixtures'
import type { AwardSettingsView, AwardView, OrganizerEntry, VoteView } from '../api/types'

export { contest }

export const settings: AwardSettingsView = {
  tiers: [
    { key: 'grand', label: { ko: '대상', en: 'Grand prize' }, count: 1, prize: '300만 원', peoples_choice: false },
    { key: 'excellence', label: { ko: '우수상', en: 'Excellence award' }, count: 2, prize: null, peoples_choice: false },
  ],
  one_award_per_entrant: true,
  version: 3,
}

export const award = (tier: string, place: number, entry: string, reason?: string): AwardView => ({
  tier,
  place,
  entry_id: entry,
  origin: reason ? 'override' : 'proposed',
  reason: reason ?? null,
  decided_at: '2026-11-20T01:00:00Z',
})

export const stages = [
  { id: 's1', position: 1, closed_at: '2026-11-15T00:00:00Z', name: { ko: '본심', en: 'Final round' } },
] as unknown as StageView[]

export const stageResults = {
  stage_id: 's1',
  stored: true,
  computed_at: '2026-11-15T00:00:00Z',
  close_calls: [],
  results: {
    entries: [
      { entry: 'e1', rank: 1, final_score: 91.5 },
      { entry: 'e2', rank: 2, final_score: 88.25 },
      { entry: 'e3', rank: 3, final_score: 80 },
    ],
  },
}

const entry = (id: string, title: string, receipt: string, entrant: string): OrganizerEntry =>
  ({
    id,
    contest_id: 'c1',
    answers: { title, place: 'Sejong' },
    receipt_number: receipt,
    status: 'submitted',
    entrant,
    screening: 'eligible',
    near_duplicate_photo: false,
    created_at: '2026-10-01T00:00:00Z',
    updated_at: '2026-10-01T00:00:00Z',
    version: 1,
  }) as unknown as OrganizerEntry

export const entries = [
  entry('e1', 'Morning light', 'P-0001', '김하늘'),
  entry('e2', 'Bridge at dusk', 'P-0002', '이바다'),
  entry('e3', 'Quiet street', 'P-0003', '박숲'),
]

/** 2026-12-01T01:00Z is 10:00 in Seoul. */
export const announcement = (published: boolean): AnnouncementView => ({
  announce_at: '2026-12-01T01:00:00Z',
  published_at: published ? '2026-12-01T01:00:00Z' : null,
  show_breakdowns: false,
  gallery_open: false,
  version: 2,
})

export const vote = (id: string, entryId: string, voter: string, voided?: string): VoteView => ({
  id,
  entry_id: entryId,
  voter_id: voter,
  network: '10.1.2.0/24',
  created_at: '2026-11-05T03:00:00Z',
  voided_at: voided ? '2026-11-06T00:00:00Z' : null,
  void_reason: voided ?? null,
})

/** The routes every awards-page test needs; override or add per test. */
export const awardsRoutes = (overrides: Record<string, unknown> = {}) => ({
  'GET /api/v1/contests/c1/announcement': announcement(false),
  'GET /api/v1/contests/c1/award-tiers': settings,
  'GET /api/v1/contests/c1/awards': [award('grand', 1, 'e1'), award('excellence', 1, 'e2')],
  'GET /api/v1/contests/c1/stages': stages,
  'GET /api/v1/stages/s1/results': stageResults,
  'GET /api/v1/contests/c1/entries': entriesAnswer(entries),
  ...overrides,
})
