import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { signInPath } from '../../../lib/navigation'
import { errorMessage } from '../../../lib/problem-messages'
import { useAuth } from '../../auth/hooks/use-auth'
import { TEAMS_PATH, teamPath } from '../../organize/utils/paths'
import { useMyTeams } from '../api/teams'
import { myTeamIn, takesTeams } from '../utils/team-rules'
import { CreateTeamForm } from './create-team-form'

/**
 * Teams on a contest's page, where the contest takes them: my team here,
 * or (while it is open) a form to create one; invitations are answered
 * under "My teams".
 */
export function ContestTeams({ contest }: { contest: ContestView }) {
  const { t } = useI18n()
  const { state } = useAuth()
  const signedIn = state.status === 'signed-in'
  const teams = useMyTeams(signedIn && takesTeams(contest))
  if (!takesTeams(contest)) return null

  const mine = myTeamIn(teams.data, contest.id)
  const open = contest.state === 'open'
  return (
    <section aria-labelledby="contest-teams-title" className="panel">
      <h2 id="contest-teams-title">{t('teams.contestPanel.title')}</h2>
      {state.status === 'signed-out' && (
        <p>
          {t('teams.contestPanel.signIn')}{' '}
          <Link href={signInPath(`/contests/${encodeURIComponent(contest.id)}`)}>{t('nav.signIn')}</Link>
        </p>
      )}
      {signedIn && teams.isPending && <p role="status">{t('app.loading')}</p>}
      {signedIn && teams.isError && (
        <ErrorAlert>
          <p>{errorMessage(teams.error, t)}</p>
        </ErrorAlert>
      )}
      {mine ? (
        <p>
          {t(mine.is_leader ? 'teams.contestPanel.leading' : 'teams.contestPanel.member', { team: mine.name })}{' '}
          <Link href={teamPath(mine.id)}>{t('teams.open', { team: mine.name })}</Link>
        </p>
      ) : (
        signedIn &&
        teams.data &&
        (open ? <CreateTeamForm contestId={contest.id} /> : <p>{t('teams.problem.notOpen')}</p>)
      )}
      {signedIn && !mine && (
        <p className="field-hint">
          {t('teams.contestPanel.invited')} <Link href={TEAMS_PATH}>{t('teams.mine.title')}</Link>
        </p>
      )}
    </section>
  )
}
