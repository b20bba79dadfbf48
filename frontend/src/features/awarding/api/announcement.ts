/** Scheduling the announcement (organizers). Reading it is shared with the public results page. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { resultKeys, useAnnouncement } from '../../results/api/results'
import { isResultsPublished } from '../utils/field-errors'
import type { AnnouncementDocument } from './types'

export { useAnnouncement }

export const putAnnouncement = (contestId: string, body: AnnouncementDocument) =>
  unwrap(client.PUT('/api/v1/contests/{id}/announcement', { params: { path: { id: contestId } }, body }))

export function useSaveAnnouncement(contestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AnnouncementDocument) => putAnnouncement(contestId, body),
    onSuccess: (saved) => queryClient.setQueryData(resultKeys.announcement(contestId), saved),
    // Published meanwhile: read it again so the page shows the time as fixed.
    onError: (error) => {
      if (isResultsPublished(error)) void queryClient.invalidateQueries({ queryKey: resultKeys.announcement(contestId) })
    },
  })
}
