import type { ReactNode } from 'react'
import { useParams } from 'react-router'
import { ErrorAlert } from '../../../components/ui/alert'
import { PageTitle } from '../../../components/ui/page-title'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useContest } from '../../contests/api/contests'
import { ContestAdminNav } from '../../organize/components/contest-admin-nav'

/**
 * An organizer's page about one contest: the contest is read first (its
 * title, time zone and form), then the page's <h1>, the contest's sections,
 * and the page itself.
 */
export function ContestAdminPage({
  title,
  children,
}: {
  title: (contestTitle: string) => string
  children: (contest: ContestView) => ReactNode
}) {
  const { contestId = '' } = useParams()
  const { t, text } = useI18n()
  const contest = useContest(contestId)

  if (contest.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(contest.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (!contest.data) return <p role="status">{t('app.loading')}</p>

  const heading = title(text(contest.data.title))
  return (
    <div className="awarding">
      <PageTitle documentTitle={heading}>{heading}</PageTitle>
      <ContestAdminNav contestId={contest.data.id} />
      {children(contest.data)}
    </div>
  )
}
