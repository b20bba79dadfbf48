import { PublicVote } from '../../features/voting/components/public-vote'
import { useI18n } from '../../lib/i18n'
import { ContestSubpage } from './contest-page'

export function VoteRoute() {
  const { t } = useI18n()
  return (
    <ContestSubpage title={(contest) => t('vote.title', { contest })}>
      {(contest) => <PublicVote contest={contest} />}
    </ContestSubpage>
  )
}
