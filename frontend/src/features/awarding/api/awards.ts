/** The organizer's awards: tiers, the proposal from the final ranking, overrides, certificates. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { noneOn404, resultKeys } from '../../results/api/results'
import { isResultsPublished } from '../utils/field-errors'
import type { AwardOverride, AwardSettingsDocument } from './types'

export const awardKeys = {
  tiers: (contestId: string) => ['contests', contestId, 'award-tiers'] as const,
  awards: (contestId: string) => ['contests', contestId, 'awards'] as const,
  certificates: (contestId: string) => ['contests', contestId, 'certificates'] as const,
}

const path = (contestId: string) => ({ params: { path: { id: contestId } } })

/** The tiers; `null` before any are set (the API answers 404). */
export const getAwardSettings = (contestId: string) =>
  noneOn404(unwrap(client.GET('/api/v1/contests/{id}/award-tiers', path(contestId))))

export const putAwardSettings = (contestId: string, body: AwardSettingsDocument) =>
  unwrap(client.PUT('/api/v1/contests/{id}/award-tiers', { ...path(contestId), body }))

export const getAwards = (contestId: string) => unwrap(client.GET('/api/v1/contests/{id}/awards', path(contestId)))

export const postProposal = (contestId: string) =>
  unwrap(client.POST('/api/v1/contests/{id}/awards/propose', path(contestId)))

export const putAward = (contestId: string, tier: string, place: number, body: AwardOverride) =>
  unwrap(client.PUT('/api/v1/contests/{id}/awards/{tier}/{place}', { params: { path: { id: contestId, tier, place } }, body }))

export const getCertificates = (contestId: string) =>
  unwrap(client.GET('/api/v1/contests/{id}/certificates', path(contestId)))

/**
 * When a change is refused because the results came out meanwhile (409
 * `results_published`), the announcement is read again so the page turns
 * read-only.
 */
function useRereadWhenPublished(contestId: string) {
  const queryClient = useQueryClient()
  return (error: unknown) => {
    if (isResultsPublished(error)) void queryClient.invalidateQueries({ queryKey: resultKeys.announcement(contestId) })
  }
}

export function useAwardSettings(contestId: string) {
  return useQuery({ queryKey: awardKeys.tiers(contestId), queryFn: () => getAwardSettings(contestId) })
}

/** Saves the whole tier list; the answer becomes the cached settings. */
export function useSaveAwardSettings(contestId: string) {
  const queryClient = useQueryClient()
  const onError = useRereadWhenPublished(contestId)
  return useMutation({
    mutationFn: (body: AwardSettingsDocument) => putAwardSettings(contestId, body),
    onError,
    onSuccess: (saved) => queryClient.setQueryData(awardKeys.tiers(contestId), saved),
  })
}

export function useAwards(contestId: string) {
  return useQuery({ queryKey: awardKeys.awards(contestId), queryFn: () => getAwards(contestId) })
}

/** Replaces every award with the proposal; the answer also says which places sit on a tie. */
export function useProposeAwards(contestId: string) {
  const queryClient = useQueryClient()
  const onError = useRereadWhenPublished(contestId)
  return useMutation({
    mutationFn: () => postProposal(contestId),
    onError,
    onSuccess: (proposed) => queryClient.setQueryData(awardKeys.awards(contestId), proposed.awards),
  })
}

export function useOverrideAward(contestId: string) {
  const queryClient = useQueryClient()
  const onError = useRereadWhenPublished(contestId)
  return useMutation({
    mutationFn: ({ tier, place, body }: { tier: string; place: number; body: AwardOverride }) =>
      putAward(contestId, tier, place, body),
    onError,
    onSuccess: (awards) => queryClient.setQueryData(awardKeys.awards(contestId), awards),
  })
}

/** Certificates exist once the results are published: asked for only then. */
export function useCertificates(contestId: string, published: boolean) {
  return useQuery({
    queryKey: awardKeys.certificates(contestId),
    queryFn: () => getCertificates(contestId),
    enabled: published,
  })
}
