/**
 * Naming entries that a screen knows only by id (a ranking, the awards,
 * assignments, bonus claims): the organizer's entry list narrowed with
 * `?ids=`, one request per hundred ids shown, so a page of rows costs one
 * request rather than one per row. Ids the contest does not have are
 * simply absent from the answer, and so from the map.
 */
import { keepPreviousData, useQueries } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import type { ContestForm, ContestView } from '../../../lib/api/types'
import { entryTitle } from '../../judging/utils/answers'
import type { ScreenedEntry } from './shapes'

/** The most ids the API takes in one `ids` filter (more is refused with 400). */
export const MAX_IDS_PER_REQUEST = 100

/** What organizer screens show to recognise an entry. */
export interface EntrySummary {
  id: string
  receiptNumber: string | null
  /** From the answer the contest's form marks as the title, as the judges read it. */
  title: string | null
  entrant: string
  disqualified: boolean
}

export const entryLabelKeys = {
  /** Under the screening lists' prefix, so a screening decision refreshes the labels too. */
  chunk: (contestId: string, ids: string[]) => ['screening', contestId, 'list', 'ids', ids.join(',')] as const,
}

export const getEntriesByIds = (contestId: string, ids: string[]) =>
  unwrap(
    client.GET('/api/v1/contests/{id}/entries', {
      params: { path: { id: contestId }, query: { ids: ids.join(','), limit: MAX_IDS_PER_REQUEST } },
    }),
  )

export const summarizeEntry = (entry: ScreenedEntry, form: ContestForm): EntrySummary => ({
  id: entry.id,
  receiptNumber: entry.receipt_number ?? null,
  title: entryTitle(form, entry.answers as Record<string, unknown>),
  entrant: entry.entrant,
  disqualified: entry.screening === 'disqualified',
})

/**
 * The distinct ids, in the order shown, in chunks the API accepts, each
 * sorted: the same rows in another order are the same (cached) request, and
 * showing a further hundred adds one request rather than asking again.
 */
export function idChunks(ids: readonly string[]): string[][] {
  const distinct = [...new Set(ids)]
  const chunks: string[][] = []
  for (let i = 0; i < distinct.length; i += MAX_IDS_PER_REQUEST) {
    chunks.push(distinct.slice(i, i + MAX_IDS_PER_REQUEST).sort())
  }
  return chunks
}

/**
 * The shown entries by id, summarized with the contest's form. Asks nothing
 * until the contest is known; an id not (yet) in the map is for the caller
 * to name by its id.
 */
export function useEntryLabels(contest: Pick<ContestView, 'id' | 'form'> | undefined, ids: readonly string[]) {
  const chunks = idChunks(ids)
  return useQueries({
    queries: chunks.map((chunk) => ({
      queryKey: entryLabelKeys.chunk(contest?.id ?? '', chunk),
      queryFn: () => getEntriesByIds(contest!.id, chunk),
      enabled: contest !== undefined,
      staleTime: 60_000,
      // While a grown or moved chunk loads, the names already read stay on screen.
      placeholderData: keepPreviousData,
    })),
    combine: (results) => {
      const entries = new Map<string, EntrySummary>()
      if (contest) {
        for (const result of results) {
          for (const entry of result.data?.items ?? []) entries.set(entry.id, summarizeEntry(entry, contest.form))
        }
      }
      return {
        entries,
        isPending: results.some((r) => r.isPending),
        error: results.find((r) => r.error)?.error ?? null,
      }
    },
  })
}
