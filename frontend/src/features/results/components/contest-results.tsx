import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { formatDateInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useAnnouncement, useResults } from '../api/results'
import { galleryPath } from '../utils/paths'
import { AnnouncementPending } from './announcement-pending'
import { TierSection } from './tier-section'

/**
 * A contest's results page body (under its <h1>): before publication the
 * announcement time; after, the winners by tier and, when open, the way to
 * the gallery of all works.
 */
export function ContestResults({ contest }: { contest: ContestView }) {
  const { language, t } = useI18n()
  const announcement = useAnnouncement(contest.id)
  const published = Boolean(announcement.data?.published_at)
  const results = useResults(contest.id, published)

  const failure = announcement.error ?? results.error
  if (failure) {
    return (
      <ErrorAlert>
        <p>{errorMessage(failure, t)}</p>
      </ErrorAlert>
    )
  }
  if (announcement.isPending) return <p role="status">{t('app.loading')}</p>
  if (!published) return <AnnouncementPending contest={contest} announcement={announcement.data ?? null} />
  if (!results.data) return <p role="status">{t('app.loading')}</p>

  const announcedAt = results.data.announced_at
  return (
    <>
      <p className="lead">
        {t('results.announcedOn')}{' '}
        <time dateTime={isoInstant(announcedAt)}>{formatDateInZone(announcedAt, contest.time_zone, language)}</time>
      </p>
      {announcement.data?.gallery_open && (
        <p>
          <Link href={galleryPath(contest.id)}>{t('results.toGallery')}</Link>
        </p>
      )}
      {results.data.tiers.length === 0 ? (
        <p>{t('results.noTiers')}</p>
      ) : (
        results.data.tiers.map((tier) => <TierSection key={tier.key} tier={tier} />)
      )}
    </>
  )
}
