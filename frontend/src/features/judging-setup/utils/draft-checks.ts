/**
 * What the organizer's stage form has in common: number parsing, the
 * problems found before sending (keyed by the API's own field paths, so the
 * server's 422 lands in the same place), and list moves.
 */
import type { MessageKey, MessageVars } from '../../../lib/i18n'

/** One problem with one field: the API's field path and what to say. */
export interface DraftProblem {
  field: string
  message: MessageKey
  vars?: MessageVars
}

export type Parsed = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' }

/** A number typed in a field: empty, a finite number, or not a number. Accepts "1,000" and "１０". */
export function parseNumber(text: string): Parsed {
  const cleaned = text
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/,/g, '')
  if (cleaned === '') return { kind: 'empty' }
  const value = Number(cleaned)
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' }
}

/** Lower-case letters, digits and `_`, starting with a letter, at most 40 (rubric.rs `valid_key`). */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/

/** Checks keys in order: required, format, unique among those already seen. */
export function checkKey(key: string, field: string, seen: Set<string>, problems: DraftProblem[]) {
  if (key === '') problems.push({ field, message: 'judgingSetup.error.keyRequired' })
  else if (!KEY_PATTERN.test(key)) problems.push({ field, message: 'judgingSetup.error.keyFormat' })
  else if (seen.has(key)) problems.push({ field, message: 'judgingSetup.error.keyDuplicate' })
  else seen.add(key)
}

/**
 * Korean required, English optional, each within `max` characters. Korean
 * problems are reported at `field` itself, as the server does; English ones at `field.en`.
 */
export function checkText(ko: string, en: string, field: string, max: number, problems: DraftProblem[]) {
  if (ko.trim() === '') problems.push({ field, message: 'judgingSetup.error.koreanRequired' })
  else if ([...ko.trim()].length > max) problems.push({ field, message: 'judgingSetup.error.tooLong', vars: { max } })
  if ([...en.trim()].length > max) problems.push({ field: `${field}.en`, message: 'judgingSetup.error.tooLong', vars: { max } })
}

/** Optional bilingual text as the API takes it: null when both are blank, English null when blank. */
export function bilingual(ko: string, en: string) {
  return { ko: ko.trim(), en: en.trim() === '' ? null : en.trim() }
}

/** The list with the item at `index` moved by `delta` places (kept as is when it would leave the list). */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items]
  const moved = [...items]
  const [item] = moved.splice(index, 1)
  moved.splice(target, 0, item)
  return moved
}

let counter = 0
/** A stable React key for a row the organizer adds (never sent to the API). */
export const rowId = (prefix: string) => `${prefix}-${++counter}`

/** A number as it is typed back into a field (no float noise, no exponent for usual values). */
export const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(Number(value.toPrecision(12)))

/** The id of the input that holds an API field path, e.g. `rubric.criteria[0].max` → `stage-rubric-criteria-0-max`. */
export function fieldIdOf(path: string): string {
  const target = GROUP_TARGETS[path] ?? path.replace(/^recipe\.tie_breaks\[(\d+)\]$/, 'recipe.tie_breaks[$1].key')
  return `stage-${target.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`
}

/** Errors about a whole group go to the control that fixes them. */
const GROUP_TARGETS: Record<string, string> = {
  rubric: 'rubric.add',
  'rubric.criteria': 'rubric.add',
  'recipe.blend': 'recipe.blend.jury',
  'recipe.bonus_rules': 'recipe.bonus.add',
  'recipe.tie_breaks': 'recipe.tie.add',
  assignment: 'assignment.mode',
  'recipe.aggregation': 'recipe.aggregation.type',
  'recipe.advance': 'recipe.advance.type',
}
