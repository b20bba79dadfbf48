import { describe, expect, it } from 'vitest'
import type { MyTeam } from '../api/teams'
import { isFull, membersStillNeeded, myTeamIn, takesTeams, teamRulesOf } from './team-rules'

const rules = { min_size: 2, max_size: 4, required: true }
const team = (id: string, contestId: string): MyTeam => ({
  id,
  contest_id: contestId,
  name: id,
  is_leader: true,
  member_count: 1,
  joined_at: '2026-09-01T00:00:00Z',
})

describe('team rules', () => {
  it('a contest without team rules takes individual entries only', () => {
    expect(teamRulesOf({ eligibility: {} })).toBeNull()
    expect(takesTeams({ eligibility: {} })).toBe(false)
  })

  it('a contest whose teams may have one person only takes no teams worth forming, unless it takes teams only', () => {
    expect(takesTeams({ eligibility: { teams: { min_size: 1, max_size: 1 } } })).toBe(false)
    expect(takesTeams({ eligibility: { teams: { min_size: 1, max_size: 1, required: true } } })).toBe(true)
  })

  it('a contest with teams of up to four takes teams', () => {
    expect(takesTeams({ eligibility: { teams: rules } })).toBe(true)
  })

  it('finds my team in the contest, if any', () => {
    const mine = [team('t1', 'c1'), team('t2', 'c2')]
    expect(myTeamIn(mine, 'c2')?.id).toBe('t2')
    expect(myTeamIn(mine, 'c3')).toBeNull()
    expect(myTeamIn(undefined, 'c1')).toBeNull()
  })

  it('counts the members still needed and tells when the team is full', () => {
    expect(membersStillNeeded(1, rules)).toBe(1)
    expect(membersStillNeeded(3, rules)).toBe(0)
    expect(isFull(3, rules)).toBe(false)
    expect(isFull(4, rules)).toBe(true)
  })
})
