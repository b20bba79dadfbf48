/**
 * A stage's results preview for its organizers: the results (computed now,
 * or stored once the stage is closed) with the server's close calls, the
 * panel (to name the judges), and the results and scores CSV exports.
 */
import { useQuery } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { download } from '../utils/download'
import type { PanelMember, ResultsView } from './shapes'

export const stageResultsKeys = {
  results: (stageId: string) => ['stage-results', stageId] as const,
  /** The same results without the close calls (the ranking alone, as closing a stage shows it). */
  ranking: (stageId: string) => ['stage-results', stageId, 'ranking'] as const,
  panel: (stageId: string) => ['stage-results', stageId, 'panel'] as const,
}

/** `closeCalls: false` leaves out the close calls, which resample the judges' scores 200 times. */
export const getStageResults = (stageId: string, closeCalls = true) =>
  unwrap(
    client.GET('/api/v1/stages/{id}/results', {
      params: { path: { id: stageId }, ...(closeCalls ? {} : { query: { close_calls: false } }) },
    }),
  )

export const getPanel = (stageId: string) =>
  unwrap(client.GET('/api/v1/stages/{id}/judges', { params: { path: { id: stageId } } }))

export const downloadResultsCsv = (stageId: string) =>
  download(
    client.GET('/api/v1/stages/{id}/results.csv', { params: { path: { id: stageId } }, parseAs: 'blob' }),
    'results.csv',
  )

export const downloadScoresCsv = (stageId: string) =>
  download(
    client.GET('/api/v1/stages/{id}/scores.csv', { params: { path: { id: stageId } }, parseAs: 'blob' }),
    'scores.csv',
  )

/**
 * The results; a preview is recomputed on every visit, never served stale
 * from an earlier one. `closeCalls: false` when only the ranking is needed.
 */
export function useStageResults(stageId: string, { enabled = true, closeCalls = true }: { enabled?: boolean; closeCalls?: boolean } = {}) {
  return useQuery<ResultsView>({
    queryKey: closeCalls ? stageResultsKeys.results(stageId) : stageResultsKeys.ranking(stageId),
    queryFn: () => getStageResults(stageId, closeCalls),
    enabled,
    staleTime: 0,
  })
}

/** The panel, only to put names on the judges' totals; without it they are numbered. */
export function usePanel(stageId: string, enabled = true) {
  return useQuery<PanelMember[]>({ queryKey: stageResultsKeys.panel(stageId), queryFn: () => getPanel(stageId), enabled })
}
