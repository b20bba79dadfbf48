import type { AnnouncementView, ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'

/** Before publication: when the results come out, in the contest's time zone with the zone named. */
export function AnnouncementPending({ contest, announcement }: { contest: ContestView; announcement: AnnouncementView | null }) {
  const { language, t } = useI18n()
  return (
    <div className="panel results-pending">
      <p className="lead">{t('results.notYet')}</p>
      {announcement ? (
        <p>
          {t('results.announceAtLabel')}{' '}
          <time dateTime={isoInstant(announcement.announce_at)} className="results-date">
            {formatDateTimeInZone(announcement.announce_at, contest.time_zone, language)}
          </time>
        </p>
      ) : (
        <p>{t('results.noDateYet')}</p>
      )}
    </div>
  )
}
