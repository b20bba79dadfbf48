/**
 * The public vote's settings as the organizer edits them: the window typed
 * in the contest's time zone, which entries are on the ballot, and how many
 * votes a voter has. Checked here with the server's rules and field names
 * (src/routes/votes.rs) before sending.
 */
import type { BallotView } from '../../../lib/api/types'
import type { BallotDocument } from '../api/types'
import { utcToZonedInput, zonedInputToUtc } from '../../../lib/zoned-time'

/** The server's limit on votes per voter. */
export const MAX_VOTES_LIMIT = 50

export type BallotScope = 'all' | 'finalists'

export interface BallotDraft {
  opensAt: string
  closesAt: string
  scope: BallotScope
  stageId: string
  maxVotes: string
}

export function ballotDraft(ballot: BallotView | null, timeZone: string): BallotDraft {
  return {
    opensAt: ballot ? utcToZonedInput(ballot.opens_at, timeZone) : '',
    closesAt: ballot ? utcToZonedInput(ballot.closes_at, timeZone) : '',
    scope: ballot?.scope === 'finalists' ? 'finalists' : 'all',
    stageId: ballot?.stage_id ?? '',
    maxVotes: String(ballot?.max_votes ?? 1),
  }
}

/** The settings as text to compare (the stage counts only when the ballot holds finalists). */
export const ballotSnapshot = (draft: BallotDraft): string =>
  JSON.stringify([draft.opensAt, draft.closesAt, draft.scope, draft.scope === 'finalists' ? draft.stageId : '', draft.maxVotes])

/**
 * An instant from the form. A time left as it was shown keeps the stored
 * instant exactly (the form has no seconds): once votes exist the server
 * refuses any change but the closing time, to the millisecond.
 */
function instant(typed: string, stored: string | undefined, timeZone: string): string | null {
  if (stored && typed === utcToZonedInput(stored, timeZone)) return stored
  return zonedInputToUtc(typed, timeZone)
}

export function checkBallot(
  draft: BallotDraft,
  timeZone: string,
  current: BallotView | null,
): { errors: Record<string, string>; document: BallotDocument | null } {
  const errors: Record<string, string> = {}
  const opensAt = instant(draft.opensAt, current?.opens_at, timeZone)
  const closesAt = instant(draft.closesAt, current?.closes_at, timeZone)
  if (!opensAt) errors.opens_at = 'invalid_date'
  if (!closesAt) errors.closes_at = 'invalid_date'
  else if (opensAt && Date.parse(closesAt) <= Date.parse(opensAt)) errors.closes_at = 'invalid_schedule'
  if (draft.scope === 'finalists' && !draft.stageId) errors.stage_id = 'required'
  const maxVotes = /^\s*\d+\s*$/.test(draft.maxVotes) ? Number(draft.maxVotes) : NaN
  if (!(maxVotes >= 1 && maxVotes <= MAX_VOTES_LIMIT)) errors.max_votes = 'out_of_range'
  if (Object.keys(errors).length > 0) return { errors, document: null }
  return {
    errors,
    document: {
      opens_at: opensAt!,
      closes_at: closesAt!,
      scope: draft.scope,
      stage_id: draft.scope === 'finalists' ? draft.stageId : null,
      max_votes: maxVotes,
      version: current?.version ?? null,
    },
  }
}

/** Ranks for a tally sorted most votes first: equal counts share a rank (1, 2, 2, 4). */
export function tallyRanks(votes: number[]): number[] {
  return votes.map((count) => votes.indexOf(count) + 1)
}
