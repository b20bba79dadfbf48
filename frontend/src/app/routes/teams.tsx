import { useLocation, useParams } from 'react-router'
import { ErrorAlert, StatusMessage } from '../../components/ui/alert'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { TEAMS_PATH, teamPath } from '../../features/organize/utils/paths'
import { useTeam, useTeamContest } from '../../features/teams/api/teams'
import { MyTeamInvitations } from '../../features/teams/components/my-team-invitations'
import { MyTeamsList } from '../../features/teams/components/my-teams-list'
import { TeamDetails } from '../../features/teams/components/team-details'
import { useI18n } from '../../lib/i18n'
import { signInPath } from '../../lib/navigation'
import { errorMessage } from '../../lib/problem-messages'
import '../../features/teams/teams.css'
import { NotFoundRoute } from './not-found'

/** What a team page says to someone signed out: sign in, then come back here. */
function SignInFirst({ next }: { next: string }) {
  const { t } = useI18n()
  return (
    <p>
      {t('teams.signIn')} <Link href={signInPath(next)}>{t('nav.signIn')}</Link>
    </p>
  )
}

/** /me/teams: invitations to answer (the invitation mail links here) and the teams I am in. */
export function MyTeamsRoute() {
  const { t } = useI18n()
  const { state } = useAuth()
  const location = useLocation()
  // Set by the team page after leaving or dissolving a team.
  const left = (location.state as { leftTeam?: string } | null)?.leftTeam
  return (
    <>
      <PageTitle documentTitle={t('teams.mine.pageTitle')}>{t('teams.mine.pageTitle')}</PageTitle>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'signed-out' && <SignInFirst next={TEAMS_PATH} />}
      {state.status === 'signed-in' && (
        <>
          {left && (
            <StatusMessage>
              <p>{t('teams.leave.done', { team: left })}</p>
            </StatusMessage>
          )}
          <MyTeamInvitations />
          <MyTeamsList />
        </>
      )}
    </>
  )
}

/** /teams/:teamId: one team, for its members. */
export function TeamRoute() {
  const { teamId = '' } = useParams()
  const { t } = useI18n()
  const { state } = useAuth()
  const signedIn = state.status === 'signed-in'
  const team = useTeam(teamId, signedIn)
  const contest = useTeamContest(team.data?.contest_id)

  if (state.status !== 'signed-in') {
    return (
      <>
        <PageTitle documentTitle={t('teams.title')}>{t('teams.title')}</PageTitle>
        {state.status === 'loading' ? <p role="status">{t('app.loading')}</p> : <SignInFirst next={teamPath(teamId)} />}
      </>
    )
  }
  if (team.isError) {
    // Teams are private: another person's team is "not found" too.
    if ((team.error as { status?: number }).status === 404) return <NotFoundRoute />
    return (
      <>
        <PageTitle documentTitle={t('teams.title')}>{t('teams.title')}</PageTitle>
        <ErrorAlert>
          <p>{errorMessage(team.error, t)}</p>
        </ErrorAlert>
      </>
    )
  }
  if (!team.data) {
    return (
      <>
        <PageTitle documentTitle={t('teams.title')}>{t('teams.title')}</PageTitle>
        <p role="status">{t('app.loading')}</p>
      </>
    )
  }
  const title = t('teams.pageTitle', { team: team.data.name })
  return (
    <>
      <PageTitle documentTitle={title}>{team.data.name}</PageTitle>
      <p>
        <Link href={TEAMS_PATH}>{t('teams.backToMine')}</Link>
      </p>
      <TeamDetails team={team.data} contest={contest.data} viewerId={state.user.id} />
    </>
  )
}
