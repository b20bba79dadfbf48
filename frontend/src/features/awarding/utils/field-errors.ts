/**
 * Field error codes of the awards, ballot and announcement endpoints that
 * the shared table (lib/problem-messages.ts) does not know, so the reader
 * gets a sentence in their language instead of the server's English.
 */
import { ApiError } from '../../../lib/api-client'
import type { MessageKey, Translate } from '../../../lib/i18n'
import { fieldErrorMessage } from '../../../lib/problem-messages'

const AWARDING_FIELD_MESSAGES: Record<string, MessageKey> = {
  required: 'awarding.fieldError.required',
  too_long: 'awarding.fieldError.tooLong',
  too_many: 'awarding.fieldError.tooManyTiers',
  out_of_range: 'awarding.fieldError.outOfRange',
  invalid_length: 'awarding.fieldError.invalidLength',
  invalid_format: 'awarding.fieldError.invalidFormat',
  duplicate: 'awarding.fieldError.duplicate',
  in_the_past: 'awarding.fieldError.inThePast',
  invalid_schedule: 'awarding.fieldError.closesBeforeOpens',
  invalid_date: 'awarding.fieldError.invalidDateTime',
  unknown_stage: 'awarding.fieldError.unknownStage',
  not_allowed: 'awarding.fieldError.stageNotAllowed',
  not_awardable: 'awarding.fieldError.notAwardable',
  reason_required: 'awarding.fieldError.reasonRequired',
}

/** A sentence for one field error code (the client's own checks use the server's codes). */
export function awardingFieldMessage(code: string, t: Translate, fallback?: string): string {
  const key = AWARDING_FIELD_MESSAGES[code]
  if (key) return t(key)
  return fieldErrorMessage({ code, message: fallback ?? t('error.generic') }, t)
}

/** The server's field errors of a 422, by field name (`tiers[0].count`, `closes_at`). */
export function serverFieldErrors(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 422) return {}
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.field, awardingFieldMessage(e.code, t, e.message)]))
}

/** Translates a map of field → code from the client's checks. */
export const clientFieldErrors = (codes: Record<string, string>, t: Translate): Record<string, string> =>
  Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, awardingFieldMessage(code, t)]))

/** True when the API refused because the results are out (`409 results_published`). */
export const isResultsPublished = (error: unknown) => error instanceof ApiError && error.code === 'results_published'
