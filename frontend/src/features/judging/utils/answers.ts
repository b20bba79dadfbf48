/**
 * An entry's answers as a judge reads them: in the order of the contest's
 * form, under the form's labels, each value in words.
 */
import type { ContestForm, FieldDefinition } from '../../../lib/api/types'
import type { LocalizedText, MessageKey } from '../../../lib/i18n'

export type AnswerValue = { kind: 'text'; text: string; long: boolean } | { kind: 'url'; href: string }

export interface AnswerRow {
  key: string
  label: LocalizedText
  value: AnswerValue
}

const isHttpUrl = (value: string) => /^https?:\/\//i.test(value)

/**
 * The form's fields that have an answer, with the answer put in words. A
 * field missing from the answers (unanswered, or left out because it
 * identifies the entrant in a blind stage) is not listed.
 */
export function answerRows(
  form: ContestForm,
  answers: Record<string, unknown>,
  words: { text: (value: LocalizedText | null | undefined) => string; t: (key: MessageKey) => string },
): AnswerRow[] {
  return form.fields.flatMap((field) => {
    const value = describe(field, answers[field.key], words)
    return value ? [{ key: field.key, label: field.label, value }] : []
  })
}

function describe(
  field: FieldDefinition,
  answer: unknown,
  { text, t }: Parameters<typeof answerRows>[2],
): AnswerValue | null {
  if (answer === null || answer === undefined || answer === '') return null
  const plain = (value: string, long = false): AnswerValue => ({ kind: 'text', text: value, long })
  switch (field.type) {
    case 'yes_no':
    case 'consent':
      return typeof answer === 'boolean' ? plain(t(answer ? 'entry.yes' : 'entry.no')) : plain(String(answer))
    case 'single_choice': {
      const option = field.options.find((o) => o.value === answer)
      return plain(option ? text(option.label) : String(answer))
    }
    case 'multiple_choice': {
      const chosen = Array.isArray(answer) ? answer : [answer]
      if (chosen.length === 0) return null
      return plain(chosen.map((v) => text(field.options.find((o) => o.value === v)?.label) || String(v)).join(', '))
    }
    case 'url':
      return typeof answer === 'string' && isHttpUrl(answer) ? { kind: 'url', href: answer } : plain(String(answer))
    case 'long_text':
      return plain(String(answer), true)
    default:
      return plain(String(answer))
  }
}

/**
 * A short name for the entry: the answer to the form's first one-line text
 * field, preferring fields that do not identify the entrant (a title over
 * an affiliation).
 */
export function entryTitle(form: ContestForm, answers: Record<string, unknown>): string | null {
  const lines = form.fields.filter((f) => f.type === 'short_text')
  for (const field of [...lines.filter((f) => !f.identifying), ...lines.filter((f) => f.identifying)]) {
    const answer = answers[field.key]
    if (typeof answer === 'string' && answer.trim()) return answer.trim()
  }
  return null
}
