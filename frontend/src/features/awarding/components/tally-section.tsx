import { ErrorAlert } from '../../../components/ui/alert'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useTally } from '../api/ballot'
import { useEntryNames } from '../hooks/use-entry-names'
import { tallyRanks } from '../utils/ballot-form'
import { CsvButton } from './csv-button'

/**
 * Standing votes per entry, most first. Organizers see it at any time;
 * everyone else only once the results are announced.
 */
export function TallySection({ contest }: { contest: ContestView }) {
  const { t, language } = useI18n()
  const contestId = contest.id
  const tally = useTally(contestId, true)
  const { label: entryLabel } = useEntryNames(
    contest,
    (tally.data?.entries ?? []).map((entry) => entry.entry_id),
  )
  const percent = new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 })

  let body
  if (tally.isError) {
    body = (
      <ErrorAlert>
        <p>{errorMessage(tally.error, t)}</p>
      </ErrorAlert>
    )
  } else if (!tally.data) body = <p role="status">{t('app.loading')}</p>
  else if (tally.data.entries.length === 0) body = <p>{t('awarding.tally.none')}</p>
  else {
    const ranks = tallyRanks(tally.data.entries.map((e) => e.votes))
    body = (
      <>
        <p>{t('awarding.tally.voters', { count: tally.data.voters })}</p>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('awarding.tally.rank')}</th>
                <th scope="col">{t('awarding.tally.entry')}</th>
                <th scope="col">{t('awarding.tally.votes')}</th>
                <th scope="col">{t('awarding.tally.share')}</th>
              </tr>
            </thead>
            <tbody>
              {tally.data.entries.map((entry, i) => (
                <tr key={entry.entry_id}>
                  <td>{ranks[i]}</td>
                  <th scope="row">{entryLabel(entry.entry_id)}</th>
                  <td>{entry.votes}</td>
                  <td>{percent.format(entry.share_of_best)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    )
  }

  return (
    <section aria-labelledby="tally-title" className="awarding-section">
      <h2 id="tally-title">{t('awarding.tally.title')}</h2>
      <p className="aside">{t('awarding.tally.embargo')}</p>
      {body}
      <div className="actions">
        <CsvButton contestId={contestId} which="tally" label={t('awarding.tally.csv')} />
      </div>
    </section>
  )
}
