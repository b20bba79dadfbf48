import { ErrorAlert } from '../../components/ui/alert'
import { Button } from '../../components/ui/button'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useMyEntries } from '../../features/entries/api/entries'
import { entryPath } from '../../features/entries/utils/paths'
import { TEAMS_PATH } from '../../features/organize/utils/paths'
import { MyResults } from '../../features/results/components/my-results'
import { useI18n } from '../../lib/i18n'
import { signInPath } from '../../lib/navigation'
import { errorMessage } from '../../lib/problem-messages'

export function MyEntriesRoute() {
  const { language, t, text } = useI18n()
  const { state } = useAuth()
  const entries = useMyEntries(state.status === 'signed-in')
  const items = (entries.data?.pages ?? []).flatMap((p) => p.items)
  // No contest time zone comes with these; the reader's own zone is named instead.
  const when = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  })

  return (
    <>
      <PageTitle documentTitle={t('myEntries.title')}>{t('myEntries.title')}</PageTitle>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'signed-out' && (
        <p>
          {t('myEntries.signIn')} <Link href={signInPath('/me/entries')}>{t('nav.signIn')}</Link>
        </p>
      )}
      {entries.isError && (
        <ErrorAlert>
          <p>{errorMessage(entries.error, t)}</p>
        </ErrorAlert>
      )}
      {entries.data && items.length === 0 && (
        <p>
          {t('myEntries.empty')} <Link href="/contests">{t('home.allContests')}</Link>
        </p>
      )}
      {items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="my-entries-caption" tabIndex={0}>
          <table>
            <caption id="my-entries-caption">{t('myEntries.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myEntries.contest')}</th>
                <th scope="col">{t('entry.status')}</th>
                <th scope="col">{t('myEntries.receipt')}</th>
                <th scope="col">{t('myEntries.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">
                    <Link href={entryPath(entry.contest_id, entry.id)}>{text(entry.contest_title)}</Link>
                  </th>
                  <td>
                    {t(`entry.status.${entry.status === 'submitted' || entry.status === 'withdrawn' ? entry.status : 'draft'}`)}
                  </td>
                  <td>{entry.receipt_number ?? '—'}</td>
                  <td>
                    <time dateTime={entry.updated_at}>{when.format(new Date(entry.updated_at))}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries.hasNextPage && (
        <Button variant="secondary" busy={entries.isFetchingNextPage} onClick={() => void entries.fetchNextPage()}>
          {t('myEntries.more')}
        </Button>
      )}
      {state.status === 'signed-in' && (
        <p>
          <Link href={TEAMS_PATH}>{t('teams.mine.title')}</Link>
        </p>
      )}
      <MyResults entries={items} />
    </>
  )
}
