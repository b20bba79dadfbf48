/**
 * The entries the "change a place" form offers. With a final ranking: its
 * entries, best first, a hundred at a time, each hundred named with one
 * `?ids=` request. Without one (no stage closed yet): the contest's
 * submitted entries, a page of a hundred at a time. Disqualified entries
 * are left out either way. Nothing is read until the form is opened.
 */
import { useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { client, unwrap } from '../../../lib/api-client'
import type { ContestView } from '../../../lib/api/types'
import { MAX_IDS_PER_REQUEST, summarizeEntry, useEntryLabels, type EntrySummary } from '../../screening/api/entry-labels'
import { rankedEntryIds, type Standing } from '../utils/standings'

export const CANDIDATES_PAGE = MAX_IDS_PER_REQUEST

export interface Candidates {
  entries: EntrySummary[]
  hasMore: boolean
  showMore: () => void
  isLoading: boolean
  error: unknown
}

const getSubmittedEntries = (contestId: string, cursor: string | undefined) =>
  unwrap(
    client.GET('/api/v1/contests/{id}/entries', {
      params: { path: { id: contestId }, query: { status: 'submitted', limit: CANDIDATES_PAGE, cursor } },
    }),
  )

/** `rankingKnown`: the final ranking has been read (or there is none), so which source to use is settled. */
export function useAwardCandidates(
  contest: ContestView,
  standings: Map<string, Standing>,
  rankingKnown: boolean,
): Candidates {
  const ranked = rankedEntryIds(standings)
  const [shown, setShown] = useState(CANDIDATES_PAGE)
  const ids = ranked.slice(0, shown)
  const labels = useEntryLabels(contest, ids)
  const byList = rankingKnown && ranked.length === 0
  const list = useInfiniteQuery({
    queryKey: ['contests', contest.id, 'award-candidates'],
    queryFn: ({ pageParam }) => getSubmittedEntries(contest.id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    enabled: byList,
  })
  const eligible = (entry: EntrySummary | undefined): entry is EntrySummary => entry !== undefined && !entry.disqualified

  if (byList) {
    return {
      entries: (list.data?.pages ?? []).flatMap((page) => page.items.map((e) => summarizeEntry(e, contest.form))).filter(eligible),
      hasMore: list.hasNextPage,
      showMore: () => void list.fetchNextPage(),
      isLoading: list.isFetching,
      error: list.error,
    }
  }
  return {
    entries: ids.map((id) => labels.entries.get(id)).filter(eligible),
    hasMore: ranked.length > shown,
    showMore: () => setShown(shown + CANDIDATES_PAGE),
    isLoading: ids.length > 0 && labels.isPending,
    error: labels.error,
  }
}
