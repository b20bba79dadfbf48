import { useNavigate, useSearchParams } from 'react-router'
import { ErrorAlert } from '../../../components/ui/alert'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useContest } from '../../contests/api/contests'
import { organizePaths } from '../../organize/utils/paths'
import { downloadEntriesCsv, useCachedScreenedEntry, useScreeningList } from '../api/screening'
import { filtersToParams, parseFilters, type ScreeningFilters } from '../utils/filters'
import { DownloadButton } from './download-button'
import { DuplicateGroups } from './duplicate-groups'
import { EntryDetail } from './entry-detail'
import { EntryTable } from './entry-table'
import { ScreeningFiltersForm } from './screening-filters'
import { useTrail } from '../hooks/use-trail'
import { ScreeningLink } from './screening-link'

/**
 * A contest's entries for its organizers: the filters, one page of the list
 * (server-side pages, so 5,000 entries stay quick), the entry opened beside
 * it, and the duplicates report. Filters, the page and the open entry live in
 * the URL; the pages walked through before this one live in history state,
 * so "previous page" works without the server counting pages.
 */
export function ScreeningScreen({ contestId }: { contestId: string }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const trail = useTrail()
  const filters = parseFilters(params)
  const selected = params.get('entry')
  const contest = useContest(contestId)
  const list = useScreeningList(contestId, filters)
  const cached = useCachedScreenedEntry(contestId, selected)
  const screened = list.data?.items.find((e) => e.id === selected) ?? cached

  const base = organizePaths.entries(contestId)
  const urlOf = (next: ScreeningFilters, entry: string | null = null) => {
    const query = filtersToParams(next)
    if (entry) query.set('entry', entry)
    const search = query.toString()
    return search ? `${base}?${search}` : base
  }
  const entryHref = (entryId: string) => urlOf(filters, entryId)
  const groupHref = (key: string) => urlOf({ sort: filters.sort, size: filters.size, group: key })
  const applyFilters = (next: ScreeningFilters) => navigate(urlOf({ ...next, cursor: undefined }), { state: { trail: [] } })

  const nextCursor = list.data?.next_cursor ?? null
  const previousCursor = trail.length > 0 ? trail[trail.length - 1] : null

  return (
    <div className={selected ? 'screening-layout screening-layout-open' : 'screening-layout'}>
      <div className="screening-main">
        <div className="screening-toolbar">
          <DownloadButton label={t('screening.export.entries')} run={() => downloadEntriesCsv(contestId)} />
        </div>
        <ScreeningFiltersForm
          key={filtersToParams(filters).toString()}
          value={filters}
          categories={contest.data?.categories ?? []}
          onChange={applyFilters}
        />
        {filters.group && (
          <p className="notice">
            {t('screening.filters.group', { group: filters.group })}{' '}
            <ScreeningLink href={urlOf({ ...filters, group: undefined, cursor: undefined })} trail={[]}>
              {t('screening.filters.clearGroup')}
            </ScreeningLink>
          </p>
        )}
        <section aria-labelledby="screening-list-title" aria-busy={list.isFetching || undefined}>
          <h2 id="screening-list-title">{t('screening.list.title')}</h2>
          {(list.isPending || contest.isPending) && <p role="status">{t('app.loading')}</p>}
          {(list.isError || contest.isError) && (
            <ErrorAlert>
              <p>{errorMessage(list.error ?? contest.error, t)}</p>
            </ErrorAlert>
          )}
          {list.data && list.data.items.length === 0 && <p role="status">{t('screening.list.empty')}</p>}
          {list.data && contest.data && list.data.items.length > 0 && (
            <EntryTable entries={list.data.items} contest={contest.data} entryHref={entryHref} selectedId={selected} />
          )}
          {(filters.cursor || nextCursor) && (
            <nav aria-label={t('screening.pagination.label')} className="pagination">
              {filters.cursor && (
                <ScreeningLink href={urlOf({ ...filters, cursor: undefined })} trail={[]}>
                  {t('screening.pagination.first')}
                </ScreeningLink>
              )}
              {filters.cursor && previousCursor !== null && (
                <ScreeningLink
                  href={urlOf({ ...filters, cursor: previousCursor || undefined })}
                  trail={trail.slice(0, -1)}
                  rel="prev"
                >
                  {t('screening.pagination.previous')}
                </ScreeningLink>
              )}
              {nextCursor && (
                <ScreeningLink
                  href={urlOf({ ...filters, cursor: nextCursor })}
                  trail={[...trail, filters.cursor ?? '']}
                  rel="next"
                >
                  {t('screening.pagination.next')}
                </ScreeningLink>
              )}
            </nav>
          )}
        </section>
        <DuplicateGroups contestId={contestId} entryHref={(id) => urlOf(filters, id)} groupHref={groupHref} />
      </div>
      {selected && contest.data && (
        <EntryDetail contest={contest.data} entryId={selected} screened={screened} closeHref={urlOf(filters)} />
      )}
    </div>
  )
}
