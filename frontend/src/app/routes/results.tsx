import { ContestResults } from '../../features/results/components/contest-results'
import { useI18n } from '../../lib/i18n'
import { ContestSubpage } from './contest-page'

export function ResultsRoute() {
  const { t } = useI18n()
  return (
    <ContestSubpage title={(contest) => t('results.title', { contest })}>
      {(contest) => <ContestResults contest={contest} />}
    </ContestSubpage>
  )
}
