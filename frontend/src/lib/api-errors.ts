/** Turning API failures into what the reader sees. */
import { ApiError, NetworkError } from './api-client'
import type { Translate } from './i18n'

/** One sentence for an error alert: the server's `detail` when it gave one. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title
  if (error instanceof NetworkError) return t('error.network')
  return t('error.generic')
}

/** The server's per-field messages, keyed by its field names (`email`, `guardian.email`). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.field, e.message]))
}
