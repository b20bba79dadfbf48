import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { useMyEntries } from '../../entries/api/entries'
import { entryPath } from '../../entries/utils/paths'
import type { TeamView } from '../api/teams'

interface TeamEntriesProps {
  team: TeamView
  contest: ContestView | undefined
  isLeader: boolean
}

/**
 * The team's entries. The API lists them among each member's own entries
 * ("my entries"), so they are picked from there by their team.
 */
export function TeamEntries({ team, contest, isLeader }: TeamEntriesProps) {
  const { t } = useI18n()
  const mine = useMyEntries(true)
  const entries = (mine.data?.pages ?? []).flatMap((page) => page.items).filter((entry) => entry.team_id === team.id)
  const open = contest?.state === 'open'

  return (
    <section aria-labelledby="team-entries-title">
      <h2 id="team-entries-title">{t('teams.entries.title')}</h2>
      {mine.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : entries.length > 0 ? (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link href={entryPath(team.contest_id, entry.id)}>
                {t(`entry.status.${entry.status === 'submitted' || entry.status === 'withdrawn' ? entry.status : 'draft'}`)}
                {entry.receipt_number ? ` · ${t('entry.receipt', { number: entry.receipt_number })}` : ''}
              </Link>
            </li>
          ))}
        </ul>
      ) : isLeader && open ? (
        <p>
          {t('teams.entries.none')}{' '}
          <Link href={entryPath(team.contest_id)} className="button button-primary">
            {t('teams.entries.start')}
          </Link>
        </p>
      ) : (
        <p>{t(isLeader ? 'teams.entries.none' : 'teams.entries.leaderStarts')}</p>
      )}
      {mine.hasNextPage && (
        <p className="field-hint">
          <Link href="/me/entries">{t('nav.myEntries')}</Link>
        </p>
      )}
    </section>
  )
}
