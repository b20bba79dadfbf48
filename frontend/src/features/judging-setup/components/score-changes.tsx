import { useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { StageView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useScoreChanges } from '../api/oversight'
import { describeValueChanges } from '../utils/score-change'
import { useEntryNames } from '../hooks/use-entry-names'
import { useJudgeNames } from '../hooks/use-judge-names'
import { EntryName } from './entry-name'

/** The audit trail of judging: every change to a score (who, when, old → new), oldest first, loaded on demand. */
export function ScoreChangesSection({ stage, timeZone }: { stage: StageView; timeZone: string }) {
  const { t, language } = useI18n()
  const [shown, setShown] = useState(false)
  const changes = useScoreChanges(stage.id, shown)
  const judges = useJudgeNames(stage.id)
  const entries = useEntryNames(
    stage,
    (changes.data ?? []).map((change) => change.entry_id),
  )
  const status = (s: string | null | undefined) =>
    t(s === 'submitted' ? 'judgingSetup.scoreStatus.submitted' : s === 'draft' ? 'judgingSetup.scoreStatus.draft' : 'judgingSetup.scoreStatus.none')

  return (
    <section className="setup-section" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('judgingSetup.changes.title')}</h2>
      <p className="field-hint">{t('judgingSetup.changes.lead')}</p>
      {!shown ? (
        <Button variant="secondary" onClick={() => setShown(true)}>
          {t('judgingSetup.changes.show')}
        </Button>
      ) : changes.isError ? (
        <ErrorAlert>
          <p>{errorMessage(changes.error, t)}</p>
        </ErrorAlert>
      ) : !changes.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : changes.data.length === 0 ? (
        <p>{t('judgingSetup.changes.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="setup-table" aria-labelledby="changes-title">
            <thead>
              <tr>
                <th scope="col">{t('judgingSetup.changes.when')}</th>
                <th scope="col">{t('judgingSetup.panel.judge')}</th>
                <th scope="col">{t('judgingSetup.assignments.entry')}</th>
                <th scope="col">{t('judgingSetup.changes.status')}</th>
                <th scope="col">{t('judgingSetup.changes.values')}</th>
                <th scope="col">{t('judgingSetup.changes.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.data.map((change, index) => (
                <tr key={`${change.changed_at}-${change.judge_id}-${change.entry_id}-${index}`}>
                  <td>
                    <time dateTime={isoInstant(change.changed_at)}>{formatDateTimeInZone(change.changed_at, timeZone, language)}</time>
                  </td>
                  <td>{judges.nameOf(change.judge_id)}</td>
                  <td>
                    <EntryName entryId={change.entry_id} name={entries.nameOf(change.entry_id)} named={entries.isNamed(change.entry_id)} />
                  </td>
                  <td>{t('judgingSetup.changes.arrow', { from: status(change.old_status), to: status(change.new_status) })}</td>
                  <td>
                    <ul className="setup-plain-list">
                      {describeValueChanges(change.old_values, change.new_values).map((v) => (
                        <li key={v.key}>{t('judgingSetup.changes.value', { key: v.key, from: v.from ?? '–', to: v.to ?? '–' })}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{(change.old_comment ?? '') === (change.new_comment ?? '') ? t('judgingSetup.changes.commentSame') : t('judgingSetup.changes.commentChanged')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
