/**
 * The contest editor's working copy: what the organizer is typing, shaped
 * for the inputs (English texts as "", schedule as wall-clock times in the
 * contest's zone), and how it becomes the document `PUT /contests/{id}` takes.
 */
import type { Category, ContestKind, ContestView, Eligibility, Text } from '../../../lib/api/types'
import type { paths } from '../../../lib/api/types'
import { newUid, withoutUid, type FieldDraft, type SlotDraft } from './form-builder'
import { utcToZonedInput, zonedInputToUtc } from '../../../lib/zoned-time'

export type ContestDocument = paths['/api/v1/contests/{id}']['put']['requestBody']['content']['application/json']

/** Korean and English, both as input values ("" when not given). */
export interface TextDraft {
  ko: string
  en: string
}

export interface TeamDraft {
  min_size: number | null
  max_size: number | null
  required: boolean
  max_entries_per_team: number | null
}

export interface EligibilityDraft {
  min_age: number | null
  max_age: number | null
  max_entries_per_person: number | null
  /** null: individual entries only. */
  teams: TeamDraft | null
}

export interface CategoryDraft extends Category {
  uid: string
}

export interface ContestDraft {
  kind: ContestKind
  title: TextDraft
  summary: TextDraft
  description: TextDraft
  rules: TextDraft
  theme: string
  prizes: string
  contact: string
  /** One co-host per line. */
  coHosts: string
  timeZone: string
  /** datetime-local values in `timeZone` (see lib/zoned-time.ts). */
  opensAt: string
  closesAt: string
  graceMinutes: number | null
  eligibility: EligibilityDraft
  categories: CategoryDraft[]
  fields: FieldDraft[]
  fileSlots: SlotDraft[]
  /** The key of the short-text field that identifies duplicates; "" for none. */
  duplicateCheck: string
}

export const textDraft = (text: Text | null | undefined): TextDraft => ({ ko: text?.ko ?? '', en: text?.en ?? '' })

/** A text as the API takes it: English left out when blank; null when both are blank and the text is optional. */
export function textOf(draft: TextDraft): Text {
  return { ko: draft.ko, en: draft.en.trim() === '' ? null : draft.en }
}

export function optionalTextOf(draft: TextDraft | null | undefined): Text | null {
  if (!draft || (draft.ko.trim() === '' && draft.en.trim() === '')) return null
  return textOf(draft)
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value)

export function draftFromContest(contest: ContestView): ContestDraft {
  const { eligibility, form } = contest
  return {
    kind: contest.kind as ContestKind,
    title: textDraft(contest.title),
    summary: textDraft(contest.summary),
    description: textDraft(contest.description),
    rules: textDraft(contest.rules),
    theme: contest.theme ?? '',
    prizes: contest.prizes ?? '',
    contact: contest.contact ?? '',
    coHosts: contest.co_hosts.join('\n'),
    timeZone: contest.time_zone,
    opensAt: utcToZonedInput(contest.opens_at, contest.time_zone),
    closesAt: utcToZonedInput(contest.closes_at, contest.time_zone),
    graceMinutes: (contest.grace_secs ?? 0) / 60,
    eligibility: {
      min_age: eligibility.min_age ?? null,
      max_age: eligibility.max_age ?? null,
      max_entries_per_person: eligibility.max_entries_per_person ?? 1,
      teams: eligibility.teams
        ? {
            min_size: eligibility.teams.min_size,
            max_size: eligibility.teams.max_size,
            required: eligibility.teams.required ?? false,
            max_entries_per_team: eligibility.teams.max_entries_per_team ?? 1,
          }
        : null,
    },
    categories: contest.categories.map((c) => ({ ...c, uid: newUid() })),
    fields: form.fields.map((f) => ({ ...f, uid: newUid() })),
    fileSlots: (form.file_slots ?? []).map((s) => ({ ...s, uid: newUid() })),
    duplicateCheck: form.duplicate_check ?? '',
  }
}

function eligibilityOf(draft: EligibilityDraft): Eligibility {
  const teams = draft.teams
  return {
    min_age: draft.min_age,
    max_age: draft.max_age,
    max_entries_per_person: draft.max_entries_per_person ?? 1,
    teams: teams
      ? {
          min_size: teams.min_size ?? 1,
          max_size: teams.max_size ?? 1,
          required: teams.required,
          max_entries_per_team: teams.max_entries_per_team ?? 1,
        }
      : null,
  }
}

/**
 * The instant to send for a schedule time. A time the organizer did not
 * touch goes back exactly as read, so nothing the input cannot show (such as
 * milliseconds) is lost and a published contest's schedule compares unchanged.
 */
function instantOf(wallClock: string, timeZone: string, original: string | undefined): string | null {
  if (original !== undefined && utcToZonedInput(original, timeZone) === wallClock) return original
  return zonedInputToUtc(wallClock, timeZone)
}

export type ScheduleProblem = 'opensAt' | 'closesAt'

/** Schedule inputs that are not a complete date and time. */
export function scheduleProblems(draft: ContestDraft): ScheduleProblem[] {
  const problems: ScheduleProblem[] = []
  if (zonedInputToUtc(draft.opensAt, draft.timeZone) === null) problems.push('opensAt')
  if (zonedInputToUtc(draft.closesAt, draft.timeZone) === null) problems.push('closesAt')
  return problems
}

/**
 * The document to save. `base` is the contest as last read: its version
 * goes with the changes, and once it is published its schedule goes back
 * unchanged (a published contest's deadline moves only by extension).
 */
export function documentFromDraft(draft: ContestDraft, base: ContestView): ContestDocument {
  const published = base.published_at != null
  const opens = published ? base.opens_at : instantOf(draft.opensAt, draft.timeZone, base.opens_at)
  const closes = published ? base.closes_at : instantOf(draft.closesAt, draft.timeZone, base.closes_at)
  const grace = published ? (base.grace_secs ?? 0) : Math.round((draft.graceMinutes ?? 0) * 60)
  const form = {
    fields: draft.fields.map(withoutUid),
    file_slots: draft.fileSlots.map(withoutUid),
    duplicate_check: draft.duplicateCheck === '' ? null : draft.duplicateCheck,
  }
  return {
    version: base.version,
    kind: draft.kind,
    title: textOf(draft.title),
    summary: optionalTextOf(draft.summary),
    description: optionalTextOf(draft.description),
    rules: optionalTextOf(draft.rules),
    theme: blankToNull(draft.theme),
    prizes: blankToNull(draft.prizes),
    contact: blankToNull(draft.contact),
    co_hosts: draft.coHosts
      .split('\n')
      .map((name) => name.trim())
      .filter(Boolean),
    time_zone: draft.timeZone,
    opens_at: opens ?? '',
    closes_at: closes ?? '',
    grace_secs: grace,
    // The schema does not describe the form's shape (an open object): it is the Form the API shows.
    form: form as unknown as ContestDocument['form'],
    categories: draft.categories.map(withoutUid),
    eligibility: eligibilityOf(draft.eligibility),
  }
}
