/**
 * A 422 from the contest endpoints names each problem by its path in the
 * document (`title.ko`, `form.fields[2].options`, `eligibility.teams.max_size`).
 * The editor gives each input the id made from the same path, so an error
 * finds its field, and its message comes from the catalogue by code.
 */
import type { SummaryItem } from '../../../components/ui/error-summary'
import { ApiError } from '../../../lib/api-client'
import type { MessageKey, Translate } from '../../../lib/i18n'
import { fieldErrorMessage } from '../../../lib/problem-messages'

/** The input id for a document path: `form.fields[2].key` → `contest-form-fields-2-key`. */
export const inputId = (path: string) => `contest-${path.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '-')}`

/** Codes the contest and organization endpoints use that the shared table does not know. */
const ORGANIZE_FIELD_MESSAGES: Record<string, MessageKey> = {
  invalid_length: 'organize.fieldError.invalid_length',
  invalid_co_hosts: 'organize.fieldError.invalid_co_hosts',
  unknown_time_zone: 'organize.fieldError.unknown_time_zone',
  invalid_schedule: 'organize.fieldError.invalid_schedule',
  invalid_form: 'organize.fieldError.invalid_form',
  invalid_key: 'organize.fieldError.invalid_key',
  duplicate: 'organize.fieldError.duplicate',
  invalid_label: 'organize.fieldError.invalid_label',
  invalid_limits: 'organize.fieldError.invalid_limits',
  invalid_options: 'organize.fieldError.invalid_options',
  invalid_types: 'organize.fieldError.invalid_types',
  invalid_category: 'organize.fieldError.invalid_category',
  invalid_slug: 'organize.fieldError.invalid_slug',
  too_many: 'organize.fieldError.too_many',
  not_later: 'organize.fieldError.not_later',
  unknown_account: 'organize.fieldError.unknown_account',
  immutable: 'organize.fieldError.immutable',
  not_allowed: 'organize.fieldError.not_allowed',
  invalid_datetime: 'organize.fieldError.invalid_datetime',
}

export function organizeFieldMessage(error: { code: string; message: string }, t: Translate): string {
  const key = ORGANIZE_FIELD_MESSAGES[error.code]
  return key ? t(key) : fieldErrorMessage(error, t)
}

/** Path → message for every field error of a 422 (the first message per path). */
export function documentErrors(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const found: Record<string, string> = {}
  for (const fieldError of error.problem.errors ?? []) {
    found[fieldError.field] ??= organizeFieldMessage(fieldError, t)
  }
  return found
}

/**
 * The summary's lines: each linked to its input when the page has one with
 * the path's id, else (a problem with the whole form) plain text.
 */
export function summaryItems(errors: Record<string, string>, hasInput: (id: string) => boolean): SummaryItem[] {
  return Object.entries(errors).map(([path, message]) => {
    const id = inputId(path)
    return hasInput(id) ? { message, fieldId: id } : { message }
  })
}

export const inputExists = (id: string) => typeof document !== 'undefined' && document.getElementById(id) !== null
