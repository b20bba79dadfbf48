import { useParams } from 'react-router'
import { ErrorAlert } from '../../components/ui/alert'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useContest } from '../../features/contests/api/contests'
import { useStageContest } from '../../features/judging/api/judging'
import { useSetupStage } from '../../features/judging-setup/api/stages'
import { OrganizerSignIn } from '../../features/judging-setup/components/sign-in-first'
import { StagePage } from '../../features/judging-setup/components/stage-page'
import { StagesPage } from '../../features/judging-setup/components/stages-page'
import { useStageName } from '../../features/judging-setup/hooks/use-stage-name'
import '../../features/judging-setup/judging-setup.css'
import { ContestAdminNav } from '../../features/organize/components/contest-admin-nav'
import { organizePaths } from '../../features/organize/utils/paths'
import { useI18n } from '../../lib/i18n'
import { errorMessage } from '../../lib/problem-messages'

/** A contest's judging stages: the list in order, creating and editing a stage. */
export function StagesAdminRoute() {
  const { contestId = '' } = useParams()
  const { t, text } = useI18n()
  const { state } = useAuth()
  const contest = useContest(contestId)
  const title = t('judgingSetup.title')
  return (
    <>
      <PageTitle documentTitle={contest.data ? `${title} · ${text(contest.data.title)}` : title}>{title}</PageTitle>
      <ContestAdminNav contestId={contestId} />
      {contest.data && <p className="lead">{text(contest.data.title)}</p>}
      {state.status === 'signed-out' ? (
        <OrganizerSignIn next={organizePaths.stages(contestId)} />
      ) : contest.isError ? (
        <ErrorAlert>
          <p>{errorMessage(contest.error, t)}</p>
        </ErrorAlert>
      ) : !contest.data || state.status === 'loading' ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <StagesPage contestId={contestId} timeZone={contest.data.time_zone} />
      )}
    </>
  )
}

/** One stage as its organizers run it: panel, assignments, claims, audit, exports, closing. */
export function StageAdminRoute() {
  const { stageId = '' } = useParams()
  const { t, text } = useI18n()
  const { state } = useAuth()
  const signedIn = state.status === 'signed-in'
  const stage = useSetupStage(stageId, signedIn)
  const contestId = stage.data?.contest_id
  const contest = useStageContest(contestId)
  const stageName = useStageName()
  const title = stage.data ? stageName(stage.data) : t('judgingSetup.title')
  const failure = stage.error ?? (contestId ? contest.error : null)
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {contestId && <ContestAdminNav contestId={contestId} />}
      {contest.data && contestId && <p className="lead">{text(contest.data.title)}</p>}
      {state.status === 'signed-out' ? (
        <OrganizerSignIn next={organizePaths.stage(stageId)} />
      ) : failure ? (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      ) : !stage.data || !contest.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <StagePage stage={stage.data} timeZone={contest.data.time_zone} />
      )}
    </>
  )
}
