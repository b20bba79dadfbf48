/**
 * An entry's files as its judge reads them. They need the Bearer token,
 * which an <img src> or a plain link cannot send, so they are fetched as
 * blobs and shown through object URLs.
 */
import { useQuery } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'

export async function fetchFileBlob(fileId: string, variant: 'file' | 'thumbnail'): Promise<Blob> {
  const options = { params: { path: { id: fileId } }, parseAs: 'blob' as const }
  const blob =
    variant === 'thumbnail'
      ? await unwrap(client.GET('/api/v1/files/{id}/thumbnail', options))
      : await unwrap(client.GET('/api/v1/files/{id}', options))
  return blob as Blob
}

/**
 * The file (or its thumbnail) as an object URL, once `enabled`. The URL
 * lives as long as the page: a judge's session holds a few dozen images at
 * most, and revoking one under a mounted <img> would break it.
 */
export function useFileUrl(fileId: string, variant: 'file' | 'thumbnail', enabled: boolean): string | null {
  const query = useQuery({
    queryKey: ['files', fileId, variant],
    queryFn: async () => URL.createObjectURL(await fetchFileBlob(fileId, variant)),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
  })
  return query.data ?? null
}
