import { ErrorAlert } from '../../../components/ui/alert'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useAnnouncement } from '../api/announcement'
import { useAwardSettings, useAwards } from '../api/awards'
import { AwardList } from './award-list'
import { CertificateList } from './certificate-list'
import { PublishedNotice } from './published-notice'
import { TierEditor, type TiersLock } from './tier-editor'

/**
 * The organizer's awards page: the tiers, the awards proposed from the
 * final ranking and changed by hand, the certificates. Once the results are
 * published the API refuses any change, so nothing here can be edited.
 */
export function AwardsAdmin({ contest }: { contest: ContestView }) {
  const { t } = useI18n()
  const announcement = useAnnouncement(contest.id)
  const settings = useAwardSettings(contest.id)
  const awards = useAwards(contest.id)

  const failure = announcement.error ?? settings.error ?? awards.error
  if (failure) {
    return (
      <ErrorAlert>
        <p>{errorMessage(failure, t)}</p>
      </ErrorAlert>
    )
  }
  if (announcement.isPending || settings.isPending || !awards.data) return <p role="status">{t('app.loading')}</p>

  const published = Boolean(announcement.data?.published_at)
  const lock: TiersLock = published ? 'published' : awards.data.length > 0 ? 'awarded' : null
  return (
    <>
      {published && announcement.data && <PublishedNotice contest={contest} announcement={announcement.data} />}
      <TierEditor contestId={contest.id} settings={settings.data ?? null} lock={lock} />
      <AwardList contest={contest} tiers={settings.data?.tiers ?? []} awards={awards.data} published={published} />
      <CertificateList contest={contest} published={published} />
    </>
  )
}
