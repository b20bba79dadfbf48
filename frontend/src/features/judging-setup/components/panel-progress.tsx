import type { JudgingProgress } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'

/** Scored of assigned over the whole panel, as a bar; a pairwise stage counts its judges only. */
export function PanelProgress({ id, judges, progress, pairwise }: { id: string; judges: number; progress: JudgingProgress; pairwise: boolean }) {
  const { t } = useI18n()
  if (pairwise) return <p>{t('judgingSetup.progress.judges', { judges })}</p>
  const labelId = `${id}-label`
  return (
    <div className="judging-progress">
      <p id={labelId} className="judging-progress-label">
        {t('judgingSetup.progress.scored', { scored: progress.scored, assigned: progress.assigned })}
      </p>
      <progress aria-labelledby={labelId} max={Math.max(progress.assigned, 1)} value={progress.scored} />
      <p className="field-hint">
        {t('judgingSetup.progress.details', { judges, remaining: progress.remaining, conflicts: progress.conflicts })}
      </p>
    </div>
  )
}
