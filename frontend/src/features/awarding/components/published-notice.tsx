import { Link } from '../../../components/ui/link'
import type { AnnouncementView, ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { resultsPath } from '../../results/utils/paths'

/** Once the results are out the awards are final: said once, plainly, at the top. */
export function PublishedNotice({ contest, announcement }: { contest: ContestView; announcement: AnnouncementView }) {
  const { t, language } = useI18n()
  const at = announcement.published_at ?? announcement.announce_at
  return (
    <div className="notice published-notice" role="note">
      <p className="notice-title">
        {t('awarding.published.title')}{' '}
        <time dateTime={isoInstant(at)}>{formatDateTimeInZone(at, contest.time_zone, language)}</time>
      </p>
      <p>{t('awarding.published.final')}</p>
      <p>
        <Link href={resultsPath(contest.id)}>{t('awarding.published.resultsLink')}</Link>
      </p>
    </div>
  )
}
