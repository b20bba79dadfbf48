import { useSearchParams } from 'react-router'
import { ErrorAlert } from '../../components/ui/alert'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useContests, type ContestFilters as Filters } from '../../features/contests/api/contests'
import { ContestFilters, type FilterValues } from '../../features/contests/components/contest-filters'
import { ContestList } from '../../features/contests/components/contest-list'
import { parseKind, parseState } from '../../features/contests/utils/labels'
import { useI18n } from '../../lib/i18n'
import { errorMessage } from '../../lib/problem-messages'

const PAGE_SIZE = 12

/** The contest list: filters and the page cursor live in the URL (bookmarkable, back button works). */
export function ContestsRoute() {
  const { t } = useI18n()
  const [params, setParams] = useSearchParams()
  const filters: Filters = {
    kind: parseKind(params.get('kind')),
    state: parseState(params.get('state')),
    q: params.get('q') ?? undefined,
    cursor: params.get('cursor') ?? undefined,
    limit: PAGE_SIZE,
  }
  const contests = useContests(filters)

  const search = (next: FilterValues) => {
    const query = new URLSearchParams()
    if (next.kind) query.set('kind', next.kind)
    if (next.state) query.set('state', next.state)
    if (next.q) query.set('q', next.q)
    setParams(query)
  }
  const pageLink = (cursor: string | null) => {
    const query = new URLSearchParams(params)
    if (cursor) query.set('cursor', cursor)
    else query.delete('cursor')
    return `/contests?${query}`
  }

  return (
    <>
      <PageTitle documentTitle={t('contests.title')}>{t('contests.title')}</PageTitle>
      <ContestFilters key={params.toString()} value={filters} onChange={search} />
      <section aria-labelledby="results-title" aria-busy={contests.isFetching || undefined}>
        <h2 id="results-title">{t('contests.results')}</h2>
        {contests.isPending && <p role="status">{t('app.loading')}</p>}
        {contests.isError && (
          <ErrorAlert>
            <p>{errorMessage(contests.error, t)}</p>
          </ErrorAlert>
        )}
        {contests.data && contests.data.items.length === 0 && <p role="status">{t('contests.empty')}</p>}
        {contests.data && <ContestList contests={contests.data.items} />}
        {(filters.cursor || contests.data?.next_cursor) && (
          <nav aria-label={t('contests.pagination')} className="pagination">
            {filters.cursor && <Link href={pageLink(null)}>{t('contests.firstPage')}</Link>}
            {contests.data?.next_cursor && (
              <Link href={pageLink(contests.data.next_cursor)} rel="next">
                {t('contests.nextPage')}
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  )
}
