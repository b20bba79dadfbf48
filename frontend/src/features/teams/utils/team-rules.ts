/** How a contest takes teams, and which of my teams is in it (pure: tested without React). */
import type { ContestView } from '../../../lib/api/types'
import type { MyTeam, TeamRules } from '../api/teams'

/** The contest's team rules; null where it takes individual entries only. */
export function teamRulesOf(contest: Pick<ContestView, 'eligibility'>): TeamRules | null {
  // Tolerates a contest without eligibility (a partial one in tests, an older server).
  return contest.eligibility?.teams ?? null
}

/**
 * Whether people form teams in the contest: teams of more than one person are
 * allowed, or entries come from teams only (even teams of one).
 */
export function takesTeams(contest: Pick<ContestView, 'eligibility'>): boolean {
  const rules = teamRulesOf(contest)
  return rules !== null && (rules.max_size > 1 || rules.required === true)
}

/** My team in the contest (one person is in at most one team per contest). */
export function myTeamIn(teams: readonly MyTeam[] | undefined, contestId: string): MyTeam | null {
  return teams?.find((team) => team.contest_id === contestId) ?? null
}

/** How many more members the team needs before its entry can be submitted (0 when it has enough). */
export function membersStillNeeded(memberCount: number, rules: TeamRules | null): number {
  return rules ? Math.max(0, rules.min_size - memberCount) : 0
}

/** Whether the team has as many members as the contest allows. */
export function isFull(memberCount: number, rules: TeamRules | null): boolean {
  return rules !== null && memberCount >= rules.max_size
}
