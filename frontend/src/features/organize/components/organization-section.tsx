import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import type { Me } from '../../../lib/api/types'
import { formatDateInZone } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { kindLabel, stateLabel } from '../../contests/utils/labels'
import { useOrganizationContests, type OrganizationView } from '../api/organizations'
import { organizePaths } from '../utils/paths'
import { OrganizationMembers } from './organization-members'

/** One organization: its contests (drafts too), a link to start one, and its organizers. */
export function OrganizationSection({ organization, me }: { organization: OrganizationView; me: Me }) {
  const { t, text } = useI18n()
  const name = text({ ko: organization.name_ko, en: organization.name_en })
  const titleId = `org-${organization.id}-title`
  return (
    <section className="panel organization" aria-labelledby={titleId}>
      <h2 id={titleId}>{name}</h2>
      <p>
        <Link href={organizePaths.newContest(organization.id)} className="button button-primary">
          {t('organize.home.newContest', { organization: name })}
        </Link>
      </p>
      <OrganizationContests organizationId={organization.id} organizationName={name} />
      <OrganizationMembers organizationId={organization.id} organizationName={name} me={me} />
    </section>
  )
}

function OrganizationContests({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const { t, text, language } = useI18n()
  const contests = useOrganizationContests(organizationId)
  const headingId = `org-${organizationId}-contests`
  const items = contests.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('organize.home.contests')}</h3>
      {contests.isError && (
        <ErrorAlert>
          <p>{errorMessage(contests.error, t)}</p>
        </ErrorAlert>
      )}
      {contests.isPending && <p role="status">{t('app.loading')}</p>}
      {contests.isSuccess && items.length === 0 && <p>{t('organize.home.noContests')}</p>}
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="organize-table">
            <caption className="organize-sr-only">{t('organize.home.contestsOf', { organization: organizationName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organize.home.contestTitle')}</th>
                <th scope="col">{t('organize.home.contestKind')}</th>
                <th scope="col">{t('organize.home.contestState')}</th>
                <th scope="col">{t('organize.home.contestCloses')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((contest) => (
                <tr key={contest.id}>
                  <th scope="row">
                    <Link href={organizePaths.contest(contest.id)}>{text(contest.title)}</Link>
                  </th>
                  <td>{kindLabel(contest.kind, t)}</td>
                  <td>
                    <span className={`badge badge-state-${contest.state}`}>{stateLabel(contest.state, t)}</span>
                  </td>
                  <td>
                    <time dateTime={contest.closes_at}>{formatDateInZone(contest.closes_at, contest.time_zone, language)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {contests.hasNextPage && (
        <Button variant="secondary" busy={contests.isFetchingNextPage} onClick={() => void contests.fetchNextPage()}>
          {t('organize.home.moreContests')}
        </Button>
      )}
    </section>
  )
}
