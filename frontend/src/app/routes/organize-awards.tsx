import { AnnouncementAdmin } from '../../features/awarding/components/announcement-admin'
import { AwardsAdmin } from '../../features/awarding/components/awards-admin'
import { BallotAdmin } from '../../features/awarding/components/ballot-admin'
import { ContestAdminPage } from '../../features/awarding/components/contest-admin-page'
import { useI18n } from '../../lib/i18n'
import '../../features/awarding/awarding.css'

/** /organize/contests/:contestId/awards — tiers, proposals and overrides, certificates. */
export function AwardsAdminRoute() {
  const { t } = useI18n()
  return (
    <ContestAdminPage title={(contest) => t('awarding.awardsPage.title', { contest })}>
      {(contest) => <AwardsAdmin contest={contest} />}
    </ContestAdminPage>
  )
}

/** /organize/contests/:contestId/vote — the public vote's settings, tally, signals and votes. */
export function BallotAdminRoute() {
  const { t } = useI18n()
  return (
    <ContestAdminPage title={(contest) => t('awarding.ballotPage.title', { contest })}>
      {(contest) => <BallotAdmin contest={contest} />}
    </ContestAdminPage>
  )
}

/** /organize/contests/:contestId/announcement — when the results become public, and what is shown after. */
export function AnnouncementAdminRoute() {
  const { t } = useI18n()
  return (
    <ContestAdminPage title={(contest) => t('awarding.announcementPage.title', { contest })}>
      {(contest) => <AnnouncementAdmin contest={contest} />}
    </ContestAdminPage>
  )
}
