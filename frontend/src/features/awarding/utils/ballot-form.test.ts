import { describe, expect, it } from 'vitest'
import type { BallotView } from '../../../lib/api/types'
import { ballotDraft, checkBallot, tallyRanks } from './ballot-form'

const SEOUL = 'Asia/Seoul'
const ballot: BallotView = {
  id: 'b1',
  contest_id: 'c1',
  scope: 'finalists',
  stage_id: 's1',
  state: 'upcoming',
  max_votes: 3,
  opens_at: '2026-12-01T23:00:00Z',
  closes_at: '2026-12-10T08:59:30Z',
  version: 5,
}

describe('ballotDraft', () => {
  it('shows the stored window on the contest’s clock', () => {
    expect(ballotDraft(ballot, SEOUL)).toEqual({
      opensAt: '2026-12-02T08:00',
      closesAt: '2026-12-10T17:59:30',
      scope: 'finalists',
      stageId: 's1',
      maxVotes: '3',
    })
  })

  it('starts a new ballot open to every entry with one vote each', () => {
    expect(ballotDraft(null, SEOUL)).toMatchObject({ opensAt: '', scope: 'all', maxVotes: '1' })
  })
})

describe('checkBallot', () => {
  it('sends the window in UTC with the version last read', () => {
    const draft = { ...ballotDraft(ballot, SEOUL), closesAt: '2026-12-11T18:00' }
    expect(checkBallot(draft, SEOUL, ballot)).toEqual({
      errors: {},
      document: {
        opens_at: '2026-12-01T23:00:00Z',
        closes_at: '2026-12-11T09:00:00.000Z',
        scope: 'finalists',
        stage_id: 's1',
        max_votes: 3,
        version: 5,
      },
    })
  })

  it('keeps a stored time to the second when the organizer left it as shown', () => {
    expect(checkBallot(ballotDraft(ballot, SEOUL), SEOUL, ballot).document?.closes_at).toBe('2026-12-10T08:59:30Z')
  })

  it('names no stage for a ballot of every entry', () => {
    const draft = { ...ballotDraft(ballot, SEOUL), scope: 'all' as const }
    expect(checkBallot(draft, SEOUL, ballot).document?.stage_id).toBeNull()
  })

  it('refuses a window that closes before it opens, a missing stage and a limit out of range', () => {
    const draft = { opensAt: '2026-12-02T08:00', closesAt: '2026-12-02T07:00', scope: 'finalists' as const, stageId: '', maxVotes: '51' }
    expect(checkBallot(draft, SEOUL, null)).toEqual({
      errors: { closes_at: 'invalid_schedule', stage_id: 'required', max_votes: 'out_of_range' },
      document: null,
    })
  })

  it('refuses missing times', () => {
    expect(checkBallot(ballotDraft(null, SEOUL), SEOUL, null).errors).toEqual({ opens_at: 'invalid_date', closes_at: 'invalid_date' })
  })
})

describe('tallyRanks', () => {
  it('gives equal counts the same rank and skips the ranks they take', () => {
    expect(tallyRanks([10, 7, 7, 3])).toEqual([1, 2, 2, 4])
  })
})
