import { useEffect } from 'react'
import { useNavigate, useParams } from 'react-router'
import { ErrorAlert } from '../../components/ui/alert'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useMyAssignments, useMyJudging, useStage, useStageContest } from '../../features/judging/api/judging'
import { ScoringWorkspace } from '../../features/judging/components/scoring-workspace'
import { SignInFirst } from '../../features/judging/components/sign-in-first'
import { assignmentPath, stagePath } from '../../features/judging/utils/paths'
import { useI18n } from '../../lib/i18n'
import { errorMessage } from '../../lib/problem-messages'

/**
 * The scoring screen of one assignment. Previous and next follow my list
 * of assignments (loading further pages as needed), passing over entries I
 * declared a conflict with.
 */
export function JudgingAssignmentRoute() {
  const { stageId = '', assignmentId = '' } = useParams()
  const navigate = useNavigate()
  const { t, text } = useI18n()
  const { state } = useAuth()
  const signedIn = state.status === 'signed-in'
  const stage = useStage(stageId, signedIn)
  const contest = useStageContest(stage.data?.contest_id)
  const assignments = useMyAssignments(stageId, signedIn)
  const mine = useMyJudging(signedIn)
  const items = (assignments.data?.pages ?? []).flatMap((p) => p.items)
  const index = items.findIndex((a) => a.id === assignmentId)
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = assignments

  // A bookmarked entry further down the list: read on until it is found.
  useEffect(() => {
    if (assignments.data && index === -1 && hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [assignments.data, index, hasNextPage, isFetchingNextPage, fetchNextPage])

  const open = (id: string) => navigate(assignmentPath(stageId, id))
  const workable = (i: number) => items[i] && items[i].declaration !== 'conflict'
  const previousIndex = [...items.keys()].slice(0, Math.max(index, 0)).reverse().find(workable)
  const nextIndex = index === -1 ? undefined : [...items.keys()].slice(index + 1).find(workable)
  const onPrevious = previousIndex === undefined ? undefined : () => open(items[previousIndex].id)
  const onNext =
    nextIndex !== undefined
      ? () => open(items[nextIndex].id)
      : hasNextPage
        ? async () => {
            const more = await fetchNextPage()
            const all = (more.data?.pages ?? []).flatMap((p) => p.items)
            const next = all.slice(index + 1).find((a) => a.declaration !== 'conflict')
            if (next) open(next.id)
          }
        : undefined

  const assigned = mine.data?.find((s) => s.stage.id === stageId)?.progress.assigned
  const total = hasNextPage ? Math.max(assigned ?? 0, items.length) : items.length
  const title =
    index >= 0 ? t('judging.assignment.title', { number: index + 1, total }) : t('judging.assignment.titleUnknown')
  const failure = stage.error ?? contest.error ?? assignments.error
  const searching = !assignments.data || (index === -1 && (hasNextPage || isFetchingNextPage))

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {stage.data && contest.data && (
        <p className="lead">
          {text(contest.data.title)} · {text(stage.data.name)}
        </p>
      )}
      {state.status === 'signed-out' ? (
        <SignInFirst next={assignmentPath(stageId, assignmentId)} />
      ) : failure ? (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      ) : !stage.data || !contest.data || searching ? (
        <p role="status">{t('app.loading')}</p>
      ) : index === -1 ? (
        <>
          <p>{t('judging.assignment.notAssigned')}</p>
          <p>
            <Link href={stagePath(stageId)}>{t('judging.assignment.backToList')}</Link>
          </p>
        </>
      ) : (
        <ScoringWorkspace
          key={assignmentId}
          stage={stage.data}
          contest={contest.data}
          assignment={items[index]}
          onPrevious={onPrevious}
          onNext={onNext}
        />
      )}
    </>
  )
}
