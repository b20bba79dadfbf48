/** A contest as its organizers read it, and organizations, for the organizer screens' tests. */
import type { ContestView } from '../../../lib/api/types'
import type { MemberView, MyOrganizationView, OrganizationView } from '../api/organizations'

const text = (ko: string, en: string | null) => ({ ko, en })

export const draftContest: ContestView = {
  id: 'c1',
  organization_id: 'o1',
  organizer: text('세종시', 'Sejong City'),
  slug: 'sejong-naming',
  kind: 'naming',
  state: 'draft',
  title: text('다리 이름 공모', 'Name the bridge'),
  summary: text('새 다리의 이름을 지어 주세요.', null),
  description: text('# 안내', null),
  rules: text('', null),
  description_html: text('<h1>안내</h1>', null),
  rules_html: text('', null),
  theme: null,
  prizes: null,
  contact: null,
  co_hosts: [],
  has_cover: false,
  time_zone: 'Asia/Seoul',
  opens_at: '2026-09-01T00:00:00.000Z',
  closes_at: '2026-09-30T09:00:00.000Z',
  closes_at_local: '2026-09-30T18:00:00+09:00',
  published_at: null,
  form: {
    fields: [
      { key: 'name', label: text('제안하는 이름', 'Proposed name'), help: null, required: true, type: 'short_text', min_length: null, max_length: 30 },
      { key: 'meaning', label: text('의미', 'Meaning'), help: null, required: true, type: 'long_text', min_length: null, max_length: 1000 },
    ],
    file_slots: [],
    duplicate_check: 'name',
  },
  categories: [],
  eligibility: { min_age: null, max_age: null, max_entries_per_person: 1 },
  version: 3,
  grace_secs: 0,
}

export const organization: OrganizationView = {
  id: 'o1',
  slug: 'sejong-city',
  name_ko: '세종시',
  name_en: 'Sejong City',
  created_at: '2026-01-01T00:00:00.000Z',
}

export const otherOrganization: OrganizationView = {
  id: 'o2',
  slug: 'busan-city',
  name_ko: '부산시',
  name_en: 'Busan City',
  created_at: '2026-01-02T00:00:00.000Z',
}

/** How `GET /me/organizations` lists an organization the reader organizes. */
export const membership = (organization: OrganizationView): MyOrganizationView => ({ organization, role: 'organizer' })

export const member = (user_id: string, display_name: string, email: string): MemberView => ({
  user_id,
  display_name,
  email,
  role: 'organizer',
  since: '2026-01-01T00:00:00.000Z',
})
