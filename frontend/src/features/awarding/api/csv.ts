/**
 * The organizer's CSV exports. They need the Bearer token, which a plain
 * link cannot send, so they are fetched and handed to the browser as a file.
 */
import { useMutation } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { saveBlob } from '../../../lib/download'

export type CsvExport = 'awards' | 'tally'

export async function fetchCsv(contestId: string, which: CsvExport): Promise<Blob> {
  const options = { params: { path: { id: contestId } }, parseAs: 'blob' as const }
  const blob =
    which === 'awards'
      ? await unwrap(client.GET('/api/v1/contests/{id}/awards.csv', options))
      : await unwrap(client.GET('/api/v1/contests/{id}/ballot/tally.csv', options))
  return blob as Blob
}

export function useCsvDownload(contestId: string, which: CsvExport) {
  return useMutation({
    mutationFn: async () => saveBlob(await fetchCsv(contestId, which), `${which}-${contestId}.csv`),
  })
}
