import type { StageView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'

/** A stage's mode, blindness, state and scoring window (in the contest's time zone, named). */
export function StageFacts({ stage, timeZone }: { stage: StageView; timeZone: string }) {
  const { t, language } = useI18n()
  return (
    <dl className="facts">
      <dt>{t('judgingSetup.facts.state')}</dt>
      <dd>
        <span className={`badge badge-stage-${stage.state}`}>{t(`judgingSetup.state.${stage.state}`)}</span>
      </dd>
      <dt>{t('judgingSetup.facts.mode')}</dt>
      <dd>
        {t(stage.mode === 'pairwise' ? 'judgingSetup.mode.pairwise' : 'judgingSetup.mode.rubric')}
        {stage.mode !== 'pairwise' &&
          ` · ${stage.assignment.mode === 'per_entry' ? t('judgingSetup.facts.perEntry', { k: stage.assignment.k }) : t('judgingSetup.assignment.everyone')}`}
      </dd>
      <dt>{t('judgingSetup.facts.blind')}</dt>
      <dd>{t(stage.blind ? 'judgingSetup.facts.blindYes' : 'judgingSetup.facts.blindNo')}</dd>
      <dt>{t('judgingSetup.facts.window')}</dt>
      <dd>
        <time dateTime={isoInstant(stage.opens_at)}>{formatDateTimeInZone(stage.opens_at, timeZone, language)}</time>
        {' – '}
        <time dateTime={isoInstant(stage.closes_at)}>{formatDateTimeInZone(stage.closes_at, timeZone, language)}</time>
      </dd>
      {stage.closed_at && (
        <>
          <dt>{t('judgingSetup.facts.closedAt')}</dt>
          <dd>
            <time dateTime={isoInstant(stage.closed_at)}>{formatDateTimeInZone(stage.closed_at, timeZone, language)}</time>
          </dd>
        </>
      )}
    </dl>
  )
}
