import type { JudgingProgress as Progress } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'

/** Scored of assigned as a bar, with what remains and the conflicts declared. */
export function JudgingProgress({ progress, id }: { progress: Progress; id: string }) {
  const { t } = useI18n()
  const labelId = `${id}-label`
  return (
    <div className="judging-progress">
      <p id={labelId} className="judging-progress-label">
        {t('judging.progress.scored', { scored: progress.scored, assigned: progress.assigned })}
      </p>
      <progress aria-labelledby={labelId} max={Math.max(progress.assigned, 1)} value={progress.scored} />
      <p className="field-hint">
        {t('judging.progress.details', { remaining: progress.remaining, conflicts: progress.conflicts })}
      </p>
    </div>
  )
}
