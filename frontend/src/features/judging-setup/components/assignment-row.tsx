import { Button } from '../../../components/ui/button'
import type { AssignmentView } from '../../../lib/api/types'
import { useI18n, type MessageKey } from '../../../lib/i18n'
import { EntryName } from './entry-name'

const DECLARATION: Record<string, MessageKey> = {
  no_conflict: 'judgingSetup.declaration.no_conflict',
  conflict: 'judgingSetup.declaration.conflict',
}
const SCORE: Record<string, MessageKey> = {
  draft: 'judgingSetup.scoreStatus.draft',
  submitted: 'judgingSetup.scoreStatus.submitted',
}
const ORIGIN: Record<string, MessageKey> = {
  plan: 'judgingSetup.origin.plan',
  manual: 'judgingSetup.origin.manual',
  replacement: 'judgingSetup.origin.replacement',
}

/** One assignment: entry, judge, the judge's declaration (with a conflict's reason), the score's state, how it came. */
export function AssignmentRow({
  assignment: a,
  entryName,
  entryNamed,
  judgeName,
  onRemove,
}: {
  assignment: AssignmentView
  entryName: string
  entryNamed: boolean
  judgeName: string
  onRemove?: () => void
}) {
  const { t } = useI18n()
  const ended = Boolean(a.removed_at)
  return (
    <tr className={ended ? 'setup-muted' : undefined}>
      <th scope="row">
        <EntryName entryId={a.entry_id} name={entryName} named={entryNamed} />
      </th>
      <td>{judgeName}</td>
      <td>
        {t(a.declaration ? (DECLARATION[a.declaration] ?? 'judgingSetup.declaration.pending') : 'judgingSetup.declaration.pending')}
        {a.conflict_reason && (
          <>
            <br />
            <span className="field-hint">{t('judgingSetup.declaration.reason', { reason: a.conflict_reason })}</span>
          </>
        )}
      </td>
      <td>{t(a.score_status ? (SCORE[a.score_status] ?? 'judgingSetup.scoreStatus.none') : 'judgingSetup.scoreStatus.none')}</td>
      <td>
        {t(ORIGIN[a.origin] ?? 'judgingSetup.origin.plan')}
        {ended && (
          <>
            <br />
            <span className="field-hint">
              {a.removed_reason ? t('judgingSetup.assignments.endedBecause', { reason: a.removed_reason }) : t('judgingSetup.assignments.ended')}
            </span>
          </>
        )}
      </td>
      <td>
        {!ended && onRemove && (
          <Button variant="secondary" className="button-small" onClick={onRemove}>
            {t('judgingSetup.assignments.remove', { entry: entryName, judge: judgeName })}
          </Button>
        )}
      </td>
    </tr>
  )
}
