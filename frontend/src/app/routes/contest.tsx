import { useParams } from 'react-router'
import { ErrorAlert } from '../../components/ui/alert'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useContest } from '../../features/contests/api/contests'
import { ContestDetails } from '../../features/contests/components/contest-details'
import { useMyEntries } from '../../features/entries/api/entries'
import { entryPath } from '../../features/entries/utils/paths'
import { ResultsLink } from '../../features/results/components/results-link'
import { VoteLink } from '../../features/voting/components/vote-link'
import { formatDateTimeInZone } from '../../lib/datetime'
import { useI18n } from '../../lib/i18n'
import { errorMessage } from '../../lib/problem-messages'
import { NotFoundRoute } from './not-found'

export function ContestRoute() {
  const { contestId = '' } = useParams()
  const { language, t, text } = useI18n()
  const contest = useContest(contestId)

  if (contest.isError) {
    const notFound = (contest.error as { status?: number }).status === 404
    return notFound ? (
      <NotFoundRoute />
    ) : (
      <ErrorAlert>
        <p>{errorMessage(contest.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (!contest.data) return <p role="status">{t('app.loading')}</p>

  const c = contest.data
  return (
    <>
      <PageTitle documentTitle={text(c.title)}>{text(c.title)}</PageTitle>
      <div className="call-to-action">
        {c.state === 'open' && (
          <Link href={entryPath(c.id)} className="button button-primary">
            {t('contest.enter')}
          </Link>
        )}
        {c.state === 'published' && (
          <p>{t('contest.notOpenYet', { date: formatDateTimeInZone(c.opens_at, c.time_zone, language) })}</p>
        )}
        {c.state === 'closed' && <p>{t('contest.closed')}</p>}
        <VoteLink contest={c} />
        <ResultsLink contest={c} />
      </div>
      <MyEntriesHere contestId={c.id} />
      <ContestDetails contest={c} />
    </>
  )
}

/** The reader's own entries in this contest, when signed in and there are any. */
function MyEntriesHere({ contestId }: { contestId: string }) {
  const { t } = useI18n()
  const { state } = useAuth()
  const mine = useMyEntries(state.status === 'signed-in')
  const here = (mine.data?.pages ?? []).flatMap((p) => p.items).filter((e) => e.contest_id === contestId)
  if (here.length === 0) return null
  return (
    <section aria-labelledby="mine-title" className="panel">
      <h2 id="mine-title">{t('contest.yourEntries')}</h2>
      <ul>
        {here.map((entry) => (
          <li key={entry.id}>
            <Link href={entryPath(contestId, entry.id)}>
              {t(`entry.status.${entry.status === 'submitted' || entry.status === 'withdrawn' ? entry.status : 'draft'}`)}
              {entry.receipt_number ? ` · ${t('entry.receipt', { number: entry.receipt_number })}` : ''}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
