/**
 * The entry form's model, pure: what each field type holds while the person
 * types, how that becomes the API's `answers`, and the checks that can be
 * made before the server sees it (the server checks again; its codes map to
 * the same messages).
 */
import type { FieldError } from '../../../lib/api/types'
import type { ContestForm, FieldDefinition } from '../../../lib/api/types'
import type { MessageKey, MessageVars, Translate } from '../../../lib/i18n'
import { FIELD_MESSAGES } from '../../../lib/problem-messages'

/** The server's own limits when a text field sets none (src/domain/contest/form.rs). */
export const DEFAULT_SHORT_MAX = 200
export const DEFAULT_LONG_MAX = 10_000

/** What an input holds: text (numbers and dates too, as typed), ticked boxes, chosen options. */
export type InputValue = string | boolean | string[] | null
export type FormValues = Record<string, InputValue>

export type AnswerValue = string | number | boolean | string[]
export type Answers = Record<string, AnswerValue>

export type Completeness = 'draft' | 'submission'

export interface FieldProblem {
  key: MessageKey
  vars?: MessageVars
}

export function maxLengthOf(field: FieldDefinition): number | undefined {
  if (field.type === 'short_text') return field.max_length ?? DEFAULT_SHORT_MAX
  if (field.type === 'long_text') return field.max_length ?? DEFAULT_LONG_MAX
  return undefined
}

export function emptyValue(field: FieldDefinition): InputValue {
  switch (field.type) {
    case 'multiple_choice':
      return []
    case 'consent':
      return false
    case 'yes_no':
      return null
    default:
      return ''
  }
}

/** The API's answers → input values, for every field of the form. */
export function toFormValues(form: ContestForm, answers: Record<string, unknown> | undefined): FormValues {
  const values: FormValues = {}
  for (const field of form.fields) {
    const answer = answers?.[field.key]
    values[field.key] = answer === undefined || answer === null ? emptyValue(field) : fromAnswer(field, answer)
  }
  return values
}

function fromAnswer(field: FieldDefinition, answer: unknown): InputValue {
  switch (field.type) {
    case 'multiple_choice':
      return Array.isArray(answer) ? answer.map(String) : []
    case 'consent':
    case 'yes_no':
      return typeof answer === 'boolean' ? answer : emptyValue(field)
    default:
      return String(answer)
  }
}

/**
 * Input values → the API's answers. Blank fields are left out (the server
 * treats them as unanswered); a number that does not parse is left out too,
 * and `validate` reports it.
 */
export function toAnswers(form: ContestForm, values: FormValues): Answers {
  const answers: Answers = {}
  for (const field of form.fields) {
    const value = values[field.key]
    if (value === null || value === undefined) continue
    if (field.type === 'number') {
      const text = String(value).trim()
      const n = Number(text)
      if (text !== '' && Number.isFinite(n)) answers[field.key] = n
      continue
    }
    if (typeof value === 'string') {
      if (value.trim() !== '') answers[field.key] = value
      continue
    }
    if (Array.isArray(value)) {
      if (value.length > 0) answers[field.key] = value
      continue
    }
    answers[field.key] = value
  }
  return answers
}

const isBlank = (value: InputValue | undefined) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

/** The first problem with one field's value, or null. Drafts skip the "required" checks. */
export function checkField(field: FieldDefinition, value: InputValue | undefined, completeness: Completeness): FieldProblem | null {
  if (isBlank(value)) {
    return field.required && completeness === 'submission' ? { key: 'fieldError.required' } : null
  }
  switch (field.type) {
    case 'short_text':
    case 'long_text': {
      const length = [...String(value).trim()].length
      const max = maxLengthOf(field)!
      if (length > max) return { key: 'fieldError.too_long_max', vars: { max } }
      if (field.min_length != null && length < field.min_length) {
        return { key: 'fieldError.too_short_min', vars: { min: field.min_length } }
      }
      return null
    }
    case 'number': {
      const n = Number(String(value).trim())
      if (!Number.isFinite(n)) return { key: 'fieldError.not_a_number' }
      if (field.integer && !Number.isInteger(n)) return { key: 'fieldError.not_integer' }
      if (field.min != null && n < field.min) return { key: 'fieldError.number_min', vars: { min: field.min } }
      if (field.max != null && n > field.max) return { key: 'fieldError.number_max', vars: { max: field.max } }
      return null
    }
    case 'url': {
      const text = String(value).trim()
      try {
        const url = new URL(text)
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
          ? null
          : { key: 'fieldError.invalid_url' }
      } catch {
        return { key: 'fieldError.invalid_url' }
      }
    }
    case 'date': {
      const text = String(value).trim()
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
        return { key: 'fieldError.invalid_date' }
      }
      // ISO dates compare correctly as strings.
      if (field.min && text < field.min) return { key: 'fieldError.date_min', vars: { min: field.min } }
      if (field.max && text > field.max) return { key: 'fieldError.date_max', vars: { max: field.max } }
      return null
    }
    case 'single_choice':
      return field.options.some((o) => o.value === value) ? null : { key: 'fieldError.invalid_choice' }
    case 'multiple_choice': {
      const chosen = value as string[]
      if (!chosen.every((v) => field.options.some((o) => o.value === v))) return { key: 'fieldError.invalid_choice' }
      if (field.min_selected != null && chosen.length < field.min_selected) {
        return { key: 'fieldError.choose_min', vars: { min: field.min_selected } }
      }
      if (field.max_selected != null && chosen.length > field.max_selected) {
        return { key: 'fieldError.choose_max', vars: { max: field.max_selected } }
      }
      return null
    }
    case 'consent':
      return field.required && completeness === 'submission' && value !== true ? { key: 'fieldError.consent_required' } : null
    case 'yes_no':
      return null
  }
}

/** Every field's problem, keyed by field key, in form order. */
export function validate(form: ContestForm, values: FormValues, completeness: Completeness): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {}
  for (const field of form.fields) {
    const problem = checkField(field, values[field.key], completeness)
    if (problem) problems[field.key] = problem
  }
  return problems
}

/**
 * The server's field errors (`answers.<key>`, `category`) as messages keyed
 * by field key. Codes with limits use the field's own limit in the message.
 */
export function serverFieldMessages(form: ContestForm, errors: FieldError[], t: Translate): Record<string, string> {
  const messages: Record<string, string> = {}
  for (const error of errors) {
    const key = error.field.startsWith('answers.') ? error.field.slice('answers.'.length) : error.field
    const field = form.fields.find((f) => f.key === key)
    let message: string
    if (error.code === 'too_long' && field && maxLengthOf(field) !== undefined) {
      message = t('fieldError.too_long_max', { max: maxLengthOf(field)! })
    } else if (error.code === 'required' && field?.type === 'consent') {
      message = t('fieldError.consent_required')
    } else {
      const catalogueKey = FIELD_MESSAGES[error.code]
      message = catalogueKey ? t(catalogueKey) : error.message
    }
    messages[key] ??= message
  }
  return messages
}
