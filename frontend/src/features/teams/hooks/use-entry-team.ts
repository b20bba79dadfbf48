/**
 * Entering a contest as a team: whether the entry form starts a team's entry
 * (the team's leader, where the contest takes teams), and whether the form
 * is closed to the reader (a team's entry is its leader's to write; a
 * contest that takes teams only takes no entry from anyone else).
 */
import { useState } from 'react'
import type { ContestView, EntryView } from '../../../lib/api/types'
import { useMyTeams, type MyTeam, type TeamRules } from '../api/teams'
import { myTeamIn, teamRulesOf } from '../utils/team-rules'

export interface EntryTeam {
  rules: TeamRules | null
  /** My team in this contest, once known. */
  myTeam: MyTeam | null
  /** False while my teams are being read: a new entry waits, so it is not started as the wrong one. */
  known: boolean
  /** The team a new entry is for; null for my own entry; undefined while not known. */
  teamId: string | null | undefined
  /** The leader of a team in a contest that also takes individual entries chooses. */
  canChoose: boolean
  setAsTeam: (asTeam: boolean) => void
}

export function useEntryTeam(contest: ContestView, signedIn: boolean): EntryTeam {
  const rules = teamRulesOf(contest)
  const asked = signedIn && rules !== null
  const teams = useMyTeams(asked)
  // The leader enters as the team unless they choose otherwise.
  const [asTeam, setAsTeam] = useState(true)
  const known = !asked || teams.data !== undefined || teams.isError
  const myTeam = myTeamIn(teams.data, contest.id)
  const leads = myTeam?.is_leader === true
  const enteringAsTeam = leads && (rules?.required === true || asTeam)
  return {
    rules,
    myTeam,
    known,
    teamId: known ? (myTeam && enteringAsTeam ? myTeam.id : null) : undefined,
    canChoose: leads && rules?.required !== true,
    setAsTeam,
  }
}

/**
 * Why the reader cannot write this entry, if so: it is a team's entry and
 * they do not lead that team, or the contest takes teams only and they lead none.
 */
export function entryTeamLock(entry: EntryView | null, team: EntryTeam, signedIn: boolean): 'team-entry' | 'teams-only' | null {
  if (!signedIn || !team.known || team.rules === null) return null
  if (entry?.team_id) return team.myTeam?.id === entry.team_id && team.myTeam.is_leader ? null : 'team-entry'
  if (!entry && team.rules.required === true && team.myTeam?.is_leader !== true) return 'teams-only'
  return null
}
