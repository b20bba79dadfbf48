import { useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { AssignmentView, StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { usePlanAssignments, useStageAssignments, type AssignmentFilters } from '../api/assignments'
import { useEntryNames } from '../hooks/use-entry-names'
import { useJudgeNames } from '../hooks/use-judge-names'
import { Checkbox } from './controls'
import { ManualAssignmentForm, RemoveAssignmentForm } from './assignment-forms'
import { AssignmentRow } from './assignment-row'
import { EntryName } from './entry-name'

/** Who judges what: planning by the stage's mode, the list with declarations, changes by hand. */
export function AssignmentsSection({ stage }: { stage: StageView }) {
  const { t } = useI18n()
  const judges = useJudgeNames(stage.id)
  const [filters, setFilters] = useState<AssignmentFilters>({ judgeId: '', currentOnly: false })
  const assignments = useStageAssignments(stage.id, filters)
  const [removing, setRemoving] = useState<AssignmentView | null>(null)
  const closed = stage.state === 'closed'
  const items = assignments.data?.pages.flatMap((page) => page.items) ?? []
  // A page of assignments is a hundred rows: one request names its entries.
  const entries = useEntryNames(
    stage,
    items.map((a) => a.entry_id),
  )

  return (
    <section className="setup-section" aria-labelledby="assignments-title">
      <h2 id="assignments-title">{t('judgingSetup.assignments.title')}</h2>
      {!closed && <PlanAssignments stage={stage} />}
      {!closed && <ManualAssignmentForm stageId={stage.id} judges={judges.active} />}
      {removing && (
        <RemoveAssignmentForm
          stageId={stage.id}
          assignment={removing}
          entryName={entries.nameOf(removing.entry_id)}
          judgeName={judges.nameOf(removing.judge_id)}
          onDone={() => setRemoving(null)}
        />
      )}
      <h3 id="assignment-list-title">{t('judgingSetup.assignments.list')}</h3>
      <div className="filters setup-grid">
        <div className="field">
          <label htmlFor="assignment-filter-judge">{t('judgingSetup.assignments.filterJudge')}</label>
          <select
            id="assignment-filter-judge"
            value={filters.judgeId}
            onChange={(e) => setFilters((f) => ({ ...f, judgeId: e.target.value }))}
          >
            <option value="">{t('judgingSetup.assignments.allJudges')}</option>
            {judges.active.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </div>
        <Checkbox
          id="assignment-filter-current"
          label={t('judgingSetup.assignments.currentOnly')}
          checked={filters.currentOnly}
          onChange={(currentOnly) => setFilters((f) => ({ ...f, currentOnly }))}
        />
      </div>
      {assignments.isError ? (
        <ErrorAlert>
          <p>{errorMessage(assignments.error, t)}</p>
        </ErrorAlert>
      ) : !assignments.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('judgingSetup.assignments.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="setup-table" aria-labelledby="assignment-list-title">
            <thead>
              <tr>
                <th scope="col">{t('judgingSetup.assignments.entry')}</th>
                <th scope="col">{t('judgingSetup.panel.judge')}</th>
                <th scope="col">{t('judgingSetup.assignments.declaration')}</th>
                <th scope="col">{t('judgingSetup.assignments.score')}</th>
                <th scope="col">{t('judgingSetup.assignments.origin')}</th>
                <th scope="col">{t('judgingSetup.panel.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <AssignmentRow
                  key={a.id}
                  assignment={a}
                  entryName={entries.nameOf(a.entry_id)}
                  entryNamed={entries.isNamed(a.entry_id)}
                  judgeName={judges.nameOf(a.judge_id)}
                  onRemove={closed ? undefined : () => setRemoving(a)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {assignments.hasNextPage && (
        <p className="pagination">
          <Button variant="secondary" busy={assignments.isFetchingNextPage} onClick={() => void assignments.fetchNextPage()}>
            {t('judgingSetup.assignments.more')}
          </Button>
        </p>
      )}
    </section>
  )
}

function PlanAssignments({ stage }: { stage: StageView }) {
  const { t } = useI18n()
  const plan = usePlanAssignments(stage.id)
  const short = plan.data?.short ?? []
  const entries = useEntryNames(
    stage,
    short.map((s) => s.entry_id),
  )
  const how =
    stage.mode === 'pairwise'
      ? t('judgingSetup.plan.pairwise')
      : stage.assignment.mode === 'per_entry'
        ? t('judgingSetup.plan.perEntry', { k: stage.assignment.k })
        : t('judgingSetup.plan.everyone')
  return (
    <div className="setup-subsection">
      <h3>{t('judgingSetup.plan.title')}</h3>
      <p>{how}</p>
      <p className="field-hint">{t('judgingSetup.plan.again')}</p>
      {plan.isError && (
        <ErrorAlert>
          <p>{errorMessage(plan.error, t)}</p>
        </ErrorAlert>
      )}
      {plan.data && (
        <StatusMessage>
          <p>{t('judgingSetup.plan.added', { added: plan.data.added })}</p>
          {plan.data.short.length > 0 && (
            <>
              <p>{t('judgingSetup.plan.short', { count: plan.data.short.length })}</p>
              <ul>
                {plan.data.short.map((s) => (
                  <li key={s.entry_id}>
                    <EntryName entryId={s.entry_id} name={entries.nameOf(s.entry_id)} named={entries.isNamed(s.entry_id)} />{' '}
                    {t('judgingSetup.plan.missing', { missing: s.missing })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </StatusMessage>
      )}
      <Button busy={plan.isPending} onClick={() => plan.mutate(undefined)}>
        {t('judgingSetup.plan.run')}
      </Button>
    </div>
  )
}
