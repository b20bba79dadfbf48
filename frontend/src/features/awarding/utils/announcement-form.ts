/**
 * The announcement as the organizer edits it: the time typed on the
 * contest's clock and the two switches. A time left as shown keeps the
 * stored instant exactly: once the results are published the server
 * refuses any other time (409 `results_published`).
 */
import type { AnnouncementView } from '../../../lib/api/types'
import type { AnnouncementDocument } from '../api/types'
import { utcToZonedInput, zonedInputToUtc } from '../../../lib/zoned-time'

export interface AnnouncementDraft {
  announceAt: string
  showBreakdowns: boolean
  galleryOpen: boolean
  /** The organizer confirmed the warning about what becomes public. */
  understood: boolean
}

export const announcementDraft = (current: AnnouncementView | null, timeZone: string): AnnouncementDraft => ({
  announceAt: current ? utcToZonedInput(current.announce_at, timeZone) : '',
  showBreakdowns: current?.show_breakdowns ?? false,
  galleryOpen: current?.gallery_open ?? false,
  understood: false,
})

/** The announcement as text to compare (the confirmation of the warning is no setting of its own). */
export const announcementSnapshot = (draft: AnnouncementDraft): string =>
  JSON.stringify([draft.announceAt, draft.showBreakdowns, draft.galleryOpen])

/** Whether the draft sets a new announcement time (the warning must then be confirmed). */
export const changesTime = (draft: AnnouncementDraft, current: AnnouncementView | null, timeZone: string) =>
  !current || draft.announceAt !== utcToZonedInput(current.announce_at, timeZone)

export function checkAnnouncement(
  draft: AnnouncementDraft,
  timeZone: string,
  current: AnnouncementView | null,
): { errors: Record<string, string>; document: AnnouncementDocument | null } {
  const errors: Record<string, string> = {}
  const newTime = changesTime(draft, current, timeZone)
  const announceAt = newTime ? zonedInputToUtc(draft.announceAt, timeZone) : current!.announce_at
  if (!announceAt) errors.announce_at = 'invalid_date'
  if (newTime && !draft.understood) errors.understood = 'confirm_required'
  if (Object.keys(errors).length > 0) return { errors, document: null }
  return {
    errors,
    document: {
      announce_at: announceAt!,
      show_breakdowns: draft.showBreakdowns,
      gallery_open: draft.galleryOpen,
      version: current?.version ?? null,
    },
  }
}
