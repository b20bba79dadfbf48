import { Link } from '../../../components/ui/link'
import type { ContestView, EntryView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { TEAMS_PATH, teamPath } from '../../organize/utils/paths'
import type { EntryTeam } from '../hooks/use-entry-team'
import { entryTeamLock } from '../hooks/use-entry-team'

interface EntryTeamChoiceProps {
  contest: ContestView
  entry: EntryView | null
  team: EntryTeam
  signedIn: boolean
}

/**
 * On the entry form of a contest that takes teams: whose entry this is (mine
 * or my team's), the leader's choice before the entry starts, and why the
 * form is closed to a member who does not lead.
 */
export function EntryTeamChoice({ contest, entry, team, signedIn }: EntryTeamChoiceProps) {
  const { t } = useI18n()
  if (!signedIn || team.rules === null || !team.known) return null
  const lock = entryTeamLock(entry, team, signedIn)
  const mine = team.myTeam
  const contestPath = `/contests/${encodeURIComponent(contest.id)}`

  if (entry?.team_id) {
    const named = mine?.id === entry.team_id ? mine.name : null
    return (
      <div className="notice">
        <p>
          {named ? t('teams.entry.ofTeam', { team: named }) : t('teams.entry.ofATeam')}{' '}
          <Link href={teamPath(entry.team_id)}>{t('teams.entry.teamPage')}</Link>
        </p>
        {lock === 'team-entry' && <p>{t('teams.entry.leaderWrites')}</p>}
      </div>
    )
  }
  if (entry) return null

  if (lock === 'teams-only') {
    return (
      <div className="notice">
        <p>
          {mine ? t('teams.entry.onlyLeader', { team: mine.name }) : t('teams.entry.teamsOnly')}{' '}
          {mine ? (
            <Link href={teamPath(mine.id)}>{t('teams.entry.teamPage')}</Link>
          ) : (
            <>
              <Link href={contestPath}>{t('teams.entry.createOnContest')}</Link>{' '}
              <Link href={TEAMS_PATH}>{t('teams.mine.title')}</Link>
            </>
          )}
        </p>
      </div>
    )
  }
  if (mine && team.canChoose) {
    return (
      <fieldset className="field choice-group">
        <legend>{t('teams.entry.enterAs')}</legend>
        <div className="checkbox">
          <input
            type="radio"
            id="entry-as-team"
            name="entry-as"
            checked={team.teamId === mine.id}
            onChange={() => team.setAsTeam(true)}
          />
          <label htmlFor="entry-as-team">{t('teams.entry.asTeam', { team: mine.name })}</label>
        </div>
        <div className="checkbox">
          <input
            type="radio"
            id="entry-as-myself"
            name="entry-as"
            checked={team.teamId === null}
            onChange={() => team.setAsTeam(false)}
          />
          <label htmlFor="entry-as-myself">{t('teams.entry.asMyself')}</label>
        </div>
      </fieldset>
    )
  }
  if (mine?.is_leader) {
    return (
      <div className="notice">
        <p>{t('teams.entry.enteringAsTeam', { team: mine.name })}</p>
      </div>
    )
  }
  if (mine) {
    return (
      <div className="notice">
        <p>
          {t('teams.entry.memberOwnEntry', { team: mine.name })}{' '}
          <Link href={teamPath(mine.id)}>{t('teams.entry.teamPage')}</Link>
        </p>
      </div>
    )
  }
  return null
}
