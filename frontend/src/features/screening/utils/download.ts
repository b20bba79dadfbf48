/**
 * Authenticated downloads (CSV exports): an <a href> cannot send the Bearer
 * token, so the file is fetched through the API client and handed to the
 * browser as a blob, under the name the server gave it.
 */
import { ApiError, retryAfter, toProblem } from '../../../lib/api-client'
import { saveBlob } from '../../../lib/download'

/** `attachment; filename="naming-entries.csv"` → `naming-entries.csv`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="?([^";]+)"?/i)
  return match?.[1]?.trim() || fallback
}

/** Waits for a `parseAs: 'blob'` request and saves its file; a failure throws `ApiError`. */
export async function download(
  pending: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  const { data, error, response } = await pending
  if (!response.ok) throw new ApiError(toProblem(error, response), retryAfter(response))
  saveBlob(data as Blob, fileNameOf(response.headers.get('Content-Disposition'), fallbackName))
}
