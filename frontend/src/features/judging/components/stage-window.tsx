import type { StageView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { useContest } from '../../contests/api/contests'

/** The stage's scoring window in its contest's time zone (named), and where the stage is in its life. */
export function StageWindow({ stage }: { stage: StageView }) {
  const { language, t } = useI18n()
  const contest = useContest(stage.contest_id)
  const zone = contest.data?.time_zone
  return (
    <dl className="facts stage-window">
      <dt>{t('judging.stage.state')}</dt>
      <dd>
        <span className={`badge badge-stage-${stage.state}`}>{t(`judging.stageState.${stage.state}`)}</span>
      </dd>
      <dt>{t('judging.stage.window')}</dt>
      <dd>
        {zone ? (
          <>
            <time dateTime={isoInstant(stage.opens_at)}>{formatDateTimeInZone(stage.opens_at, zone, language)}</time>
            {' – '}
            <time dateTime={isoInstant(stage.closes_at)}>{formatDateTimeInZone(stage.closes_at, zone, language)}</time>
          </>
        ) : (
          t('app.loading')
        )}
      </dd>
    </dl>
  )
}
