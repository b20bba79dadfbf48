import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { usePairwiseRanking } from '../api/oversight'
import { useEntryNames } from '../hooks/use-entry-names'
import { EntryName } from './entry-name'

const number = (value: number, language: string) =>
  new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value)

/** The pairwise stage's current ranking by CrowdBT quality μ, with its uncertainty σ; equal μ share a rank. */
export function PairwiseRanking({ stage }: { stage: StageView }) {
  const { t, language } = useI18n()
  const ranking = usePairwiseRanking(stage.id, true)
  const entries = useEntryNames(
    stage,
    (ranking.data ?? []).map((r) => r.entry_id),
  )
  const categories = new Set(ranking.data?.map((r) => r.category ?? ''))
  const byCategory = categories.size > 1 || (categories.size === 1 && !categories.has(''))
  return (
    <section className="setup-section" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t('judgingSetup.ranking.title')}</h2>
      <p className="field-hint">{t('judgingSetup.ranking.lead')}</p>
      {ranking.isError ? (
        <ErrorAlert>
          <p>{errorMessage(ranking.error, t)}</p>
        </ErrorAlert>
      ) : !ranking.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : ranking.data.length === 0 ? (
        <p>{t('judgingSetup.ranking.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="setup-table" aria-labelledby="ranking-title">
            <thead>
              <tr>
                <th scope="col">{t('judgingSetup.ranking.rank')}</th>
                <th scope="col">{t('judgingSetup.assignments.entry')}</th>
                {byCategory && <th scope="col">{t('judgingSetup.ranking.category')}</th>}
                <th scope="col">{t('judgingSetup.ranking.mu')}</th>
                <th scope="col">{t('judgingSetup.ranking.sigma')}</th>
                <th scope="col">{t('judgingSetup.ranking.views')}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.data.map((r) => (
                <tr key={r.entry_id}>
                  <td>{r.rank}</td>
                  <th scope="row">
                    <EntryName entryId={r.entry_id} name={entries.nameOf(r.entry_id)} named={entries.isNamed(r.entry_id)} />
                  </th>
                  {byCategory && <td>{r.category ?? ''}</td>}
                  <td>{number(r.mu, language)}</td>
                  <td>{number(r.sigma, language)}</td>
                  <td>{r.views}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Button variant="secondary" busy={ranking.isFetching} onClick={() => void ranking.refetch()}>
        {t('judgingSetup.ranking.refresh')}
      </Button>
    </section>
  )
}
