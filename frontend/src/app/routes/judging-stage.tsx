import { useParams } from 'react-router'
import { ErrorAlert } from '../../components/ui/alert'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useMyJudging, useStage, useStageContest } from '../../features/judging/api/judging'
import { AssignmentList } from '../../features/judging/components/assignment-list'
import { JudgingProgress } from '../../features/judging/components/judging-progress'
import { PairwiseJudging } from '../../features/judging/components/pairwise-judging'
import { SignInFirst } from '../../features/judging/components/sign-in-first'
import { StageWindow } from '../../features/judging/components/stage-window'
import { JUDGING_PATH, stagePath } from '../../features/judging/utils/paths'
import { useI18n } from '../../lib/i18n'
import { errorMessage } from '../../lib/problem-messages'

/** One stage I judge: my assignments on a rubric, or the pairwise screen. */
export function JudgingStageRoute() {
  const { stageId = '' } = useParams()
  const { t, text } = useI18n()
  const { state } = useAuth()
  const signedIn = state.status === 'signed-in'
  const stage = useStage(stageId, signedIn)
  const contest = useStageContest(stage.data?.contest_id)
  const mine = useMyJudging(signedIn)
  const progress = mine.data?.find((s) => s.stage.id === stageId)?.progress

  const title = stage.data ? text(stage.data.name) : t('judging.title')
  const failure = stage.error ?? contest.error
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {contest.data && <p className="lead">{text(contest.data.title)}</p>}
      <p>
        <Link href={JUDGING_PATH}>{t('judging.backToStages')}</Link>
      </p>
      {state.status === 'signed-out' ? (
        <SignInFirst next={stagePath(stageId)} />
      ) : failure ? (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      ) : !stage.data || !contest.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <StageWindow stage={stage.data} />
          {stage.data.blind && <p className="field-hint">{t('judging.blindNote')}</p>}
          {stage.data.mode === 'pairwise' ? (
            <PairwiseJudging stage={stage.data} contest={contest.data} />
          ) : (
            <>
              {progress && <JudgingProgress progress={progress} id="stage-progress" />}
              <AssignmentList stageId={stageId} />
            </>
          )}
        </>
      )}
    </>
  )
}
