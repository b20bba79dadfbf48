import type { ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant, timeZoneName } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { Countdown } from './countdown'

/** Opening and deadline in the contest's own time zone, named, with a live countdown while open. */
export function ContestSchedule({ contest }: { contest: ContestView }) {
  const { language, t } = useI18n()
  const zone = contest.time_zone
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('contest.schedule')}</h2>
      <dl className="facts">
        <dt>{t('contest.opensAt')}</dt>
        <dd>
          <time dateTime={isoInstant(contest.opens_at)}>{formatDateTimeInZone(contest.opens_at, zone, language)}</time>
        </dd>
        <dt>{t('contest.closesAt')}</dt>
        <dd>
          <time dateTime={isoInstant(contest.closes_at)}>{formatDateTimeInZone(contest.closes_at, zone, language)}</time>
        </dd>
      </dl>
      <p className="field-hint">
        {t('contest.timeZoneNote', { zone: timeZoneName(contest.closes_at, zone, language), id: zone })}
      </p>
      {contest.state === 'open' && <Countdown deadline={contest.closes_at} />}
    </section>
  )
}
