import { useQuery } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { uploadWithProgress } from '../../../lib/upload'
import type { FileView } from '../../../lib/api/types'
import { entryKeys } from './entries'

export const listFiles = (entryId: string) =>
  unwrap(client.GET('/api/v1/entries/{id}/files', { params: { path: { id: entryId } } }))

export const removeFile = (fileId: string) =>
  unwrap(client.DELETE('/api/v1/files/{id}', { params: { path: { id: fileId } } }))

/** An entry's files; polled while an image's thumbnail is still being made in the background. */
export function useEntryFiles(entryId: string | null) {
  return useQuery({
    queryKey: entryKeys.files(entryId ?? ''),
    queryFn: () => listFiles(entryId!),
    enabled: entryId !== null,
    refetchInterval: (query) => (query.state.data?.some(awaitsThumbnail) ? 1500 : false),
  })
}

const awaitsThumbnail = (file: FileView) => !file.thumbnail_ready && ['jpeg', 'png', 'webp'].includes(file.kind)

/**
 * The thumbnail as an object URL. It needs the Bearer token, which an
 * <img src> cannot send, so it is fetched as a blob. The URL lives as long
 * as the page (a few small JPEGs), so it is never revoked under a mounted <img>.
 */
export function useThumbnailUrl(file: FileView): string | null {
  const query = useQuery({
    queryKey: ['files', file.id, 'thumbnail'],
    queryFn: async () => {
      const blob = await unwrap(
        client.GET('/api/v1/files/{id}/thumbnail', { params: { path: { id: file.id } }, parseAs: 'blob' }),
      )
      return URL.createObjectURL(blob as Blob)
    },
    enabled: file.thumbnail_ready,
    staleTime: Infinity,
    gcTime: Infinity,
  })
  return query.data ?? null
}

/** Uploads one file into a slot, reporting its progress (0–1). */
export function uploadFile(
  entryId: string,
  slot: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<FileView> {
  const url = `/api/v1/entries/${encodeURIComponent(entryId)}/files?slot=${encodeURIComponent(slot)}`
  return uploadWithProgress<FileView>('POST', url, file, onProgress)
}
