/** Small API shapes for the team screens' tests. */
import type { ContestView, MyEntry } from '../../../lib/api/types'
import type { MyTeam, MyTeamInvitation, TeamView } from '../api/teams'

const text = (ko: string, en: string) => ({ ko, en })

/** An open hackathon that takes teams of 2 to 4 only. */
export const hackathon = {
  id: 'c1',
  slug: 'hackathon',
  kind: 'hackathon',
  state: 'open',
  title: text('시민 해커톤', 'Citizens’ hackathon'),
  summary: text('도시 문제를 함께 풉니다', 'Solving city problems together'),
  description_html: text('', ''),
  rules_html: text('', ''),
  organizer: text('행정안전부', 'Ministry of the Interior'),
  co_hosts: [],
  categories: [],
  has_cover: false,
  time_zone: 'Asia/Seoul',
  opens_at: '2026-09-01T00:00:00Z',
  closes_at: '2099-09-30T09:00:00Z',
  eligibility: { max_entries_per_person: 1, teams: { min_size: 2, max_size: 4, required: true, max_entries_per_team: 1 } },
  form: {
    fields: [{ key: 'title', label: text('제목', 'Title'), required: true, type: 'short_text', max_length: 50 }],
    file_slots: [],
  },
} as unknown as ContestView

/** A contest that takes entries alone or as teams of up to 3. */
export const ideaContest = {
  ...hackathon,
  id: 'c2',
  kind: 'idea',
  title: text('아이디어 공모', 'Idea contest'),
  eligibility: { max_entries_per_person: 1, teams: { min_size: 1, max_size: 3, required: false } },
} as unknown as ContestView

export const team = (overrides: Partial<TeamView> = {}): TeamView => ({
  id: 't1',
  contest_id: 'c1',
  name: '모두의 팀',
  leader_id: 'u1',
  member_count: 2,
  created_at: '2026-09-02T00:00:00Z',
  members: [
    { user_id: 'u1', display_name: '김시민', is_leader: true, joined_at: '2026-09-02T00:00:00Z' },
    { user_id: 'u2', display_name: '이영희', is_leader: false, joined_at: '2026-09-03T00:00:00Z' },
  ],
  invitations: [],
  ...overrides,
})

export const myTeam = (overrides: Partial<MyTeam> = {}): MyTeam => ({
  id: 't1',
  contest_id: 'c1',
  name: '모두의 팀',
  is_leader: true,
  member_count: 2,
  joined_at: '2026-09-02T00:00:00Z',
  ...overrides,
})

export const invitation = (overrides: Partial<MyTeamInvitation> = {}): MyTeamInvitation => ({
  id: 'i1',
  team_id: 't1',
  team_name: '모두의 팀',
  contest_id: 'c1',
  contest_title: text('시민 해커톤', 'Citizens’ hackathon'),
  invited_by: '김시민',
  created_at: '2026-09-02T00:00:00Z',
  expires_at: '2026-09-09T00:00:00Z',
  ...overrides,
})

export const noEntries = { items: [] as MyEntry[], next_cursor: null }
