/** Small API shapes for the results, certificates and voting screens' tests. */
import type { AnnouncementView, ContestView, PublicWork, PublishedResults } from '../../../lib/api/types'

const text = (ko: string, en: string) => ({ ko, en })

export const contest = {
  id: 'c1',
  title: text('사진 공모전', 'Photo contest'),
  time_zone: 'Asia/Seoul',
  state: 'closed',
  categories: [],
  form: {
    fields: [
      { key: 'title', label: text('제목', 'Title'), required: true, type: 'short_text' },
      { key: 'place', label: text('촬영 장소', 'Where it was taken'), required: true, type: 'short_text' },
    ],
    file_slots: [],
  },
} as unknown as ContestView

/** 2026-12-01T01:00Z is 10:00 in Seoul. */
export const announcement = (published: boolean, galleryOpen = false): AnnouncementView => ({
  announce_at: '2026-12-01T01:00:00Z',
  published_at: published ? '2026-12-01T01:00:00Z' : null,
  show_breakdowns: true,
  gallery_open: galleryOpen,
  version: 1,
})

export const work = (id: string, title: string | null, thumbnail = true): PublicWork => ({
  entry_id: id,
  category: null,
  title,
  answers: {} as Record<string, never>,
  files: [{ id: `f-${id}`, slot: 'photos', kind: 'jpeg', thumbnail_ready: thumbnail }],
})

export const results: PublishedResults = {
  contest_id: 'c1',
  announced_at: '2026-12-01T01:00:00Z',
  tiers: [
    {
      key: 'grand',
      label: text('대상', 'Grand prize'),
      prize: '상금 300만 원',
      peoples_choice: false,
      winners: [{ place: 1, credit: '김하늘', work: work('e1', 'Morning light') }],
    },
    {
      key: 'excellence',
      label: text('우수상', 'Excellence award'),
      prize: null,
      peoples_choice: false,
      winners: [
        { place: 1, credit: '이바다', work: work('e2', 'Bridge at dusk') },
        { place: 2, credit: null, work: work('e3', 'Quiet street') },
      ],
    },
    {
      key: 'popular',
      label: text('인기상', 'People’s choice'),
      prize: null,
      peoples_choice: true,
      winners: [{ place: 1, credit: '박숲', work: work('e4', null, false) }],
    },
  ],
}
