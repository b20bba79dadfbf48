import { useQueries } from '@tanstack/react-query'
import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { contestKeys, getContest } from '../../contests/api/contests'
import { teamPath } from '../../organize/utils/paths'
import { useMyTeams } from '../api/teams'
import { teamRulesOf } from '../utils/team-rules'

/** The teams I am in, across contests: the contest, my role and the team's size. */
export function MyTeamsList() {
  const { t, text } = useI18n()
  const teams = useMyTeams()
  // A team names only its contest's id: each contest is read once for its title and size limits.
  const contestIds = [...new Set((teams.data ?? []).map((team) => team.contest_id))]
  const contests = useQueries({
    queries: contestIds.map((id) => ({ queryKey: contestKeys.detail(id), queryFn: () => getContest(id) })),
  })
  const contestById = new Map<string, ContestView>()
  for (const contest of contests) if (contest.data) contestById.set(contest.data.id, contest.data)

  return (
    <section aria-labelledby="my-teams-title">
      <h2 id="my-teams-title">{t('teams.mine.title')}</h2>
      {teams.isError ? (
        <ErrorAlert>
          <p>{errorMessage(teams.error, t)}</p>
        </ErrorAlert>
      ) : !teams.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : teams.data.length === 0 ? (
        <p>
          {t('teams.mine.none')} <Link href="/contests">{t('home.allContests')}</Link>
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="my-teams-caption" tabIndex={0}>
          <table>
            <caption id="my-teams-caption">{t('teams.mine.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teams.team')}</th>
                <th scope="col">{t('teams.contest')}</th>
                <th scope="col">{t('teams.role')}</th>
                <th scope="col">{t('teams.members')}</th>
              </tr>
            </thead>
            <tbody>
              {teams.data.map((team) => {
                const contest = contestById.get(team.contest_id)
                const rules = contest ? teamRulesOf(contest) : null
                return (
                  <tr key={team.id}>
                    <th scope="row">
                      <Link href={teamPath(team.id)}>{team.name}</Link>
                    </th>
                    <td>
                      <Link href={`/contests/${encodeURIComponent(team.contest_id)}`}>
                        {contest ? text(contest.title) : t('teams.contestLink')}
                      </Link>
                    </td>
                    <td>{t(team.is_leader ? 'teams.role.leader' : 'teams.role.member')}</td>
                    <td>
                      {rules
                        ? t('teams.memberCountOf', { count: team.member_count, max: rules.max_size })
                        : t('teams.memberCount', { count: team.member_count })}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
