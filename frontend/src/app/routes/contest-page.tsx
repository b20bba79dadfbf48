import type { ReactNode } from 'react'
import { useParams } from 'react-router'
import { ErrorAlert } from '../../components/ui/alert'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useContest } from '../../features/contests/api/contests'
import type { ContestView } from '../../lib/api/types'
import { useI18n } from '../../lib/i18n'
import { errorMessage } from '../../lib/problem-messages'
import { NotFoundRoute } from './not-found'

/**
 * A page about one contest (its results, gallery, vote): the contest is read
 * first, for its title and time zone; an unknown contest is "not found".
 */
export function ContestSubpage({ title, children }: { title: (contestTitle: string) => string; children: (contest: ContestView) => ReactNode }) {
  const { contestId = '' } = useParams()
  const { t, text } = useI18n()
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

  const heading = title(text(contest.data.title))
  return (
    <>
      <PageTitle documentTitle={heading}>{heading}</PageTitle>
      <p>
        <Link href={`/contests/${encodeURIComponent(contest.data.id)}`}>{t('entry.backToContest')}</Link>
      </p>
      {children(contest.data)}
    </>
  )
}
