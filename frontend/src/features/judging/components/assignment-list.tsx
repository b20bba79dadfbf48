import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useMyAssignments } from '../api/judging'
import { declarationKey, scoreStatusKey } from '../utils/labels'
import { assignmentPath } from '../utils/paths'

/**
 * My assignments in a rubric stage, a page at a time: each entry's number,
 * whether I declared on it and where my score is. Entries are numbered, not
 * named: nothing of their content shows before the declaration.
 */
export function AssignmentList({ stageId }: { stageId: string }) {
  const { t } = useI18n()
  const assignments = useMyAssignments(stageId)
  const items = (assignments.data?.pages ?? []).flatMap((p) => p.items)
  const nextToDo = items.find((a) => a.declaration !== 'conflict' && a.score_status !== 'submitted')

  if (assignments.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(assignments.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (!assignments.data) return <p role="status">{t('app.loading')}</p>
  if (items.length === 0) return <p>{t('judging.assignments.empty')}</p>

  return (
    <div>
      {nextToDo && (
        <p className="call-to-action">
          <Link href={assignmentPath(stageId, nextToDo.id)} className="button button-primary">
            {t('judging.assignments.continue', { number: items.indexOf(nextToDo) + 1 })}
          </Link>
        </p>
      )}
      <div className="table-scroll" role="region" aria-labelledby="assignments-caption" tabIndex={0}>
        <table>
          <caption id="assignments-caption">{t('judging.assignments.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('judging.assignments.entry')}</th>
              <th scope="col">{t('judging.assignments.declaration')}</th>
              <th scope="col">{t('judging.assignments.score')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((assignment, i) => (
              <tr key={assignment.id}>
                <th scope="row">
                  {assignment.declaration === 'conflict' ? (
                    t('judging.assignments.number', { number: i + 1 })
                  ) : (
                    <Link href={assignmentPath(stageId, assignment.id)}>
                      {t('judging.assignments.number', { number: i + 1 })}
                    </Link>
                  )}
                </th>
                <td>{t(declarationKey(assignment))}</td>
                <td>{t(scoreStatusKey(assignment))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {assignments.hasNextPage && (
        <Button variant="secondary" busy={assignments.isFetchingNextPage} onClick={() => void assignments.fetchNextPage()}>
          {t('myEntries.more')}
        </Button>
      )}
    </div>
  )
}
