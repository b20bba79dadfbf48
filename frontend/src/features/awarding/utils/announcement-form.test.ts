import { describe, expect, it } from 'vitest'
import type { AnnouncementView } from '../../../lib/api/types'
import { announcementDraft, changesTime, checkAnnouncement } from './announcement-form'

const SEOUL = 'Asia/Seoul'
const current: AnnouncementView = {
  announce_at: '2026-12-01T01:00:30Z',
  published_at: null,
  show_breakdowns: true,
  gallery_open: false,
  version: 4,
}

describe('the announcement form', () => {
  it('shows the stored time on the contest’s clock', () => {
    expect(announcementDraft(current, SEOUL)).toEqual({ announceAt: '2026-12-01T10:00:30', showBreakdowns: true, galleryOpen: false, understood: false })
  })

  it('sends a new time in UTC, only once the warning is confirmed', () => {
    const draft = { ...announcementDraft(null, SEOUL), announceAt: '2026-12-24T18:00' }
    expect(checkAnnouncement(draft, SEOUL, null)).toEqual({ errors: { understood: 'confirm_required' }, document: null })
    expect(checkAnnouncement({ ...draft, understood: true }, SEOUL, null).document).toEqual({
      announce_at: '2026-12-24T09:00:00.000Z',
      show_breakdowns: false,
      gallery_open: false,
      version: null,
    })
  })

  it('keeps the stored instant, and asks no confirmation, when only a switch changes', () => {
    const draft = { ...announcementDraft(current, SEOUL), galleryOpen: true }
    expect(changesTime(draft, current, SEOUL)).toBe(false)
    expect(checkAnnouncement(draft, SEOUL, current)).toEqual({
      errors: {},
      document: { announce_at: '2026-12-01T01:00:30Z', show_breakdowns: true, gallery_open: true, version: 4 },
    })
  })

  it('refuses an empty time', () => {
    expect(checkAnnouncement({ ...announcementDraft(null, SEOUL), understood: true }, SEOUL, null).errors).toEqual({ announce_at: 'invalid_date' })
  })
})
