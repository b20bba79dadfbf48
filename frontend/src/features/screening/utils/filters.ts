/**
 * The screening list's filters as they live in the URL (so a view can be
 * bookmarked and shared) and as the API takes them. Pure: tested without React.
 *
 * URL keys: `status`, `screening`, `category`, `flag` (`flagged` or
 * `duplicates`), `group` (one duplicate group), `sort` (`newest`; oldest is
 * the default), `size` (page size), `cursor` (the page), `entry` (the entry
 * shown in the detail panel).
 */
import { ENTRY_STATUSES, SCREENING_STATES, type EntryStatus, type ScreeningQuery, type ScreeningState } from '../api/shapes'

export const PAGE_SIZES = [20, 50, 100] as const
/** 50 a page: a long list stays quick to read and to render (5,000 entries are 100 pages). */
export const DEFAULT_PAGE_SIZE = 50

export const FLAGS = ['flagged', 'duplicates'] as const
export type Flag = (typeof FLAGS)[number]

export interface ScreeningFilters {
  status?: EntryStatus
  screening?: ScreeningState
  category?: string
  /** `flagged`: a duplicate name or a near-identical photo; `duplicates`: a duplicate name. */
  flag?: Flag
  /** One duplicate group, by its normalized name. */
  group?: string
  sort: 'oldest' | 'newest'
  size: number
  cursor?: string
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined

const nonEmpty = (value: string | null) => (value && value.trim() ? value : undefined)

/** The filters a URL asks for; anything unknown is ignored rather than sent on. */
export function parseFilters(params: URLSearchParams): ScreeningFilters {
  const size = Number(params.get('size'))
  return {
    status: oneOf(ENTRY_STATUSES, params.get('status')),
    screening: oneOf(SCREENING_STATES, params.get('screening')),
    category: nonEmpty(params.get('category')),
    flag: oneOf(FLAGS, params.get('flag')),
    group: nonEmpty(params.get('group')),
    sort: params.get('sort') === 'newest' ? 'newest' : 'oldest',
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    cursor: nonEmpty(params.get('cursor')),
  }
}

/** The URL's query for `filters` (defaults left out, so URLs stay short). */
export function filtersToParams(filters: Partial<ScreeningFilters>): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.status) params.set('status', filters.status)
  if (filters.screening) params.set('screening', filters.screening)
  if (filters.category) params.set('category', filters.category)
  if (filters.flag) params.set('flag', filters.flag)
  if (filters.group) params.set('group', filters.group)
  if (filters.sort === 'newest') params.set('sort', 'newest')
  if (filters.size && filters.size !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.size))
  if (filters.cursor) params.set('cursor', filters.cursor)
  return params
}

/** The API's query for `filters`. */
export function filtersToQuery(filters: ScreeningFilters): ScreeningQuery {
  const query: ScreeningQuery = { limit: filters.size, sort: filters.sort }
  if (filters.status) query.status = filters.status
  if (filters.screening) query.screening = filters.screening
  if (filters.category) query.category = filters.category
  if (filters.flag === 'flagged') query.flagged = true
  if (filters.flag === 'duplicates') query.duplicates = true
  if (filters.group) query.duplicate_group = filters.group
  if (filters.cursor) query.cursor = filters.cursor
  return query
}
