/**
 * The organizer's screening list of a contest and a stage's results
 * preview (loaded on first visit, see app/router.tsx).
 */
import { useLocation, useParams } from 'react-router'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useContest } from '../../features/contests/api/contests'
import { useStage } from '../../features/judging/api/judging'
import { ContestAdminNav } from '../../features/organize/components/contest-admin-nav'
import { organizePaths } from '../../features/organize/utils/paths'
import { ResultsPreview } from '../../features/screening/components/results-preview'
import { ScreeningScreen } from '../../features/screening/components/screening-screen'
import { SignInPrompt } from '../../features/screening/components/sign-in-prompt'
import '../../features/screening/screening.css'
import { useI18n } from '../../lib/i18n'

export function ScreeningRoute() {
  const { contestId = '' } = useParams()
  const { t, text } = useI18n()
  const { state } = useAuth()
  const { pathname, search } = useLocation()
  const contest = useContest(contestId)
  const title = contest.data ? t('screening.titleOf', { contest: text(contest.data.title) }) : t('screening.title')
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <ContestAdminNav contestId={contestId} />
      {state.status === 'signed-out' && <SignInPrompt next={`${pathname}${search}`} />}
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'signed-in' && <ScreeningScreen contestId={contestId} />}
    </>
  )
}

export function StageResultsRoute() {
  const { stageId = '' } = useParams()
  const { t, text } = useI18n()
  const { state } = useAuth()
  const { pathname, search } = useLocation()
  const stage = useStage(stageId, state.status === 'signed-in')
  const title = stage.data ? t('screening.results.title', { stage: text(stage.data.name) }) : t('screening.results.heading')
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {stage.data && <ContestAdminNav contestId={stage.data.contest_id} />}
      <p>
        <Link href={organizePaths.stage(stageId)}>{t('screening.results.backToStage')}</Link>
      </p>
      {state.status === 'signed-out' && <SignInPrompt next={`${pathname}${search}`} />}
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'signed-in' && <ResultsPreview stageId={stageId} />}
    </>
  )
}
