/**
 * The organizer's side of a contest's entries: the screening list (a page at
 * a time, filtered), the duplicates report, one entry with its files, the
 * screening decision, and the CSV export.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import type { EntryView, FileView } from '../../../lib/api/types'
import { download } from '../utils/download'
import { filtersToQuery, type ScreeningFilters } from '../utils/filters'
import type { ScreenedEntry, ScreenedEntryPage, ScreeningDecision } from './shapes'

export const screeningKeys = {
  lists: (contestId: string) => ['screening', contestId, 'list'] as const,
  list: (contestId: string, filters: ScreeningFilters) => ['screening', contestId, 'list', filters] as const,
  duplicates: (contestId: string) => ['screening', contestId, 'duplicates'] as const,
  entry: (entryId: string) => ['screening', 'entry', entryId] as const,
  files: (entryId: string) => ['screening', 'entry', entryId, 'files'] as const,
}

export const getScreeningList = (contestId: string, filters: ScreeningFilters) =>
  unwrap(client.GET('/api/v1/contests/{id}/entries', { params: { path: { id: contestId }, query: filtersToQuery(filters) } }))

export const getDuplicates = (contestId: string) =>
  unwrap(client.GET('/api/v1/contests/{id}/duplicates', { params: { path: { id: contestId } } }))

export const getEntry = (entryId: string) => unwrap(client.GET('/api/v1/entries/{id}', { params: { path: { id: entryId } } }))

export const getEntryFiles = (entryId: string) =>
  unwrap(client.GET('/api/v1/entries/{id}/files', { params: { path: { id: entryId } } }))

export const screenEntry = (entryId: string, decision: ScreeningDecision) =>
  unwrap(client.POST('/api/v1/entries/{id}/screening', { params: { path: { id: entryId } }, body: decision }))

export const downloadEntriesCsv = (contestId: string) =>
  download(
    client.GET('/api/v1/contests/{id}/entries.csv', { params: { path: { id: contestId } }, parseAs: 'blob' }),
    'entries.csv',
  )

/** One page of the list; the previous page stays on screen while the next loads. */
export function useScreeningList(contestId: string, filters: ScreeningFilters, enabled = true) {
  return useQuery({
    queryKey: screeningKeys.list(contestId, filters),
    queryFn: () => getScreeningList(contestId, filters),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useDuplicates(contestId: string, enabled = true) {
  return useQuery({ queryKey: screeningKeys.duplicates(contestId), queryFn: () => getDuplicates(contestId), enabled })
}

export function useEntry(entryId: string | null) {
  return useQuery<EntryView>({
    queryKey: screeningKeys.entry(entryId ?? ''),
    queryFn: () => getEntry(entryId!),
    enabled: entryId !== null,
    staleTime: 60_000,
  })
}

export function useEntryFiles(entryId: string | null) {
  return useQuery<FileView[]>({
    queryKey: screeningKeys.files(entryId ?? ''),
    queryFn: () => getEntryFiles(entryId!),
    enabled: entryId !== null,
  })
}

/** The screened entry as the list last showed it, from any cached page. */
export function useCachedScreenedEntry(contestId: string, entryId: string | null): ScreenedEntry | undefined {
  const queryClient = useQueryClient()
  if (entryId === null) return undefined
  for (const [, page] of queryClient.getQueriesData<ScreenedEntryPage>({ queryKey: screeningKeys.lists(contestId) })) {
    const found = page?.items.find((item) => item.id === entryId)
    if (found) return found
  }
  return undefined
}

/**
 * Records a decision. The answer is the entry as screened now: it replaces
 * the entry in every cached page at once, then the lists are fetched again
 * (a filter on the screening state may no longer match it).
 */
export function useScreenEntry(contestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ entryId, decision }: { entryId: string; decision: ScreeningDecision }) => screenEntry(entryId, decision),
    onSuccess: async (screened) => {
      queryClient.setQueriesData<ScreenedEntryPage>({ queryKey: screeningKeys.lists(contestId) }, (page) =>
        page ? { ...page, items: page.items.map((item) => (item.id === screened.id ? screened : item)) } : page,
      )
      await queryClient.invalidateQueries({ queryKey: screeningKeys.lists(contestId) })
    },
  })
}
