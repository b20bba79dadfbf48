/**
 * Turning API failures into what the reader sees, in the reader's language.
 *
 * The server's problem documents carry stable codes (`code`, and `code` on
 * each field error); their `detail` and `message` texts are English only. So
 * every code the app knows maps to a catalogue message, and the server's text
 * is the last resort for a code this build does not know yet.
 */
import { ApiError, NetworkError } from './api-client'
import type { ErrorCode } from './api/types'
import type { MessageKey, MessageVars, Translate } from './i18n'

/** One message per problem code (the compiler checks every code has one). */
export const PROBLEM_MESSAGES: Record<ErrorCode, MessageKey> = {
  invalid_body: 'problem.invalid_body',
  invalid_parameter: 'problem.invalid_parameter',
  validation_failed: 'problem.validation_failed',
  unauthenticated: 'problem.unauthenticated',
  invalid_token: 'problem.invalid_token',
  invalid_credentials: 'problem.invalid_credentials',
  invalid_link: 'problem.invalid_link',
  forbidden: 'problem.forbidden',
  account_restricted: 'problem.account_restricted',
  origin_rejected: 'problem.origin_rejected',
  not_found: 'problem.not_found',
  conflict: 'problem.conflict',
  version_conflict: 'problem.version_conflict',
  deadline_passed: 'problem.deadline_passed',
  entry_limit_reached: 'problem.entry_limit_reached',
  not_eligible: 'problem.not_eligible',
  idempotency_key_reused: 'problem.idempotency_key_reused',
  team_full: 'problem.team_full',
  already_in_team: 'problem.already_in_team',
  invitation_expired: 'problem.invitation_expired',
  team_required: 'problem.team_required',
  team_too_small: 'problem.team_too_small',
  stage_frozen: 'problem.stage_frozen',
  stage_closed: 'problem.stage_closed',
  scoring_closed: 'problem.scoring_closed',
  declaration_required: 'problem.declaration_required',
  voting_closed: 'problem.voting_closed',
  results_not_announced: 'problem.results_not_announced',
  results_published: 'problem.results_published',
  payload_too_large: 'problem.payload_too_large',
  unsupported_media_type: 'problem.unsupported_media_type',
  too_many_requests: 'problem.too_many_requests',
  service_unavailable: 'problem.service_unavailable',
  internal_error: 'problem.internal_error',
}

/** Field error codes (the `errors[].code` of a 422) that need no extra context. */
export const FIELD_MESSAGES: Record<string, MessageKey> = {
  required: 'fieldError.required',
  too_long: 'fieldError.too_long',
  too_short: 'fieldError.too_short',
  invalid_characters: 'fieldError.invalid_characters',
  invalid_type: 'fieldError.invalid_type',
  not_integer: 'fieldError.not_integer',
  out_of_range: 'fieldError.out_of_range',
  invalid_choice: 'fieldError.invalid_choice',
  invalid_url: 'fieldError.invalid_url',
  invalid_date: 'fieldError.invalid_date',
  invalid_email: 'fieldError.invalid_email',
  unknown_field: 'fieldError.unknown_field',
  unknown_category: 'fieldError.unknown_category',
  // Score sheets (src/domain/judging/rubric.rs).
  off_step: 'fieldError.off_step',
  not_finite: 'fieldError.not_finite',
  unknown_criterion: 'fieldError.unknown_criterion',
  // Lengths given as a range (awards, vote voiding, credits).
  invalid_length: 'fieldError.invalid_length',
  // Announcement times (src/routes/announcements.rs).
  in_the_past: 'fieldError.in_the_past',
}

/** Why an uploaded file was refused: the server's file codes (see src/files/problem.rs). */
export const FILE_MESSAGES: Record<string, MessageKey> = {
  empty_file: 'fileError.empty_file',
  file_too_large: 'fileError.file_too_large',
  unknown_file_type: 'fileError.unknown_file_type',
  file_type_not_allowed: 'fileError.file_type_not_allowed',
  not_raster_image: 'fileError.not_raster_image',
  unreadable_image: 'fileError.unreadable_image',
  too_many_pixels: 'fileError.too_many_pixels',
  encode_failed: 'fileError.encode_failed',
  invalid_svg: 'fileError.invalid_svg',
  unsafe_svg: 'fileError.unsafe_svg',
  unexpected_part: 'fileError.unexpected_part',
}

function isKnownProblem(code: string | undefined): code is ErrorCode {
  return code !== undefined && code in PROBLEM_MESSAGES
}

/** One sentence for an error alert. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof NetworkError) return t('error.network')
  if (!(error instanceof ApiError)) return t('error.generic')
  const { code } = error.problem
  if (code === 'too_many_requests' && error.retryAfterSeconds) {
    return t('problem.too_many_requests_wait', { seconds: error.retryAfterSeconds })
  }
  if (isKnownProblem(code)) return t(PROBLEM_MESSAGES[code])
  return error.problem.detail ?? t('error.generic')
}

/** A field error's message: the catalogue's for a known code, else the server's text. */
export function fieldErrorMessage(error: { code: string; message: string }, t: Translate, vars?: MessageVars): string {
  const key = FIELD_MESSAGES[error.code]
  return key ? t(key, vars) : error.message
}

/** Per-field messages keyed by the server's field names (`email`, `guardian.email`, `answers.title`). */
export function fieldErrorsOf(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.field, fieldErrorMessage(e, t)]))
}

/** Why an upload failed, for the file named `fileName`. */
export function uploadErrorMessage(error: unknown, fileName: string, t: Translate, vars: { maxSize: string }): string {
  if (error instanceof ApiError) {
    const fileError = error.problem.errors?.find((e) => e.field === 'file')
    const key = fileError ? FILE_MESSAGES[fileError.code] : undefined
    if (key) return t(key, { name: fileName, ...vars })
    if (error.problem.code === 'payload_too_large') return t('fileError.file_too_large', { name: fileName, ...vars })
    if (error.problem.code === 'unsupported_media_type') return t('fileError.unknown_file_type', { name: fileName })
    if (error.problem.code === 'conflict') return t('fileError.conflict', { name: fileName, detail: errorMessage(error, t) })
  }
  return t('fileError.failed', { name: fileName, reason: errorMessage(error, t) })
}
