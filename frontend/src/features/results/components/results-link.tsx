import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { useAnnouncement } from '../api/results'
import { resultsPath } from '../utils/paths'

/** On the contest page, once an announcement is set: the way to the results, or when they come. */
export function ResultsLink({ contest }: { contest: ContestView }) {
  const { language, t } = useI18n()
  const announcement = useAnnouncement(contest.id)
  const a = announcement.data
  if (!a) return null
  return (
    <p className="contest-link">
      {a.published_at ? (
        <Link href={resultsPath(contest.id)} className="button button-primary">
          {t('contest.results')}
        </Link>
      ) : (
        <>
          {t('results.announceAtLabel')}{' '}
          <time dateTime={isoInstant(a.announce_at)}>{formatDateTimeInZone(a.announce_at, contest.time_zone, language)}</time>{' '}
          <Link href={resultsPath(contest.id)}>{t('contest.resultsPage')}</Link>
        </>
      )}
    </p>
  )
}
