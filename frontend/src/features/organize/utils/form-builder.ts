/**
 * The entry-form builder's operations, as plain functions over the form's
 * fields and file slots: add, remove, move, change a field's type, edit
 * options. Each item carries a `uid` for React that is never sent.
 */
import type { FieldDefinition, FieldType, FileKind, FileSlot, Text } from '../../../lib/api/types'

export type FieldTypeName = FieldType
/** One option of a choice field. */
export type Choice = Extract<FieldDefinition, { type: 'single_choice' }>['options'][number]
export type FieldDraft = FieldDefinition & { uid: string }
export type SlotDraft = FileSlot & { uid: string }

/** Every field type the API takes, in the order the builder offers them. */
export const FIELD_TYPES = [
  'short_text',
  'long_text',
  'number',
  'single_choice',
  'multiple_choice',
  'url',
  'date',
  'yes_no',
  'consent',
] as const satisfies readonly FieldTypeName[]

export const FILE_KINDS = ['jpeg', 'png', 'webp', 'svg', 'pdf'] as const satisfies readonly FileKind[]

/** The server's limits (src/domain/contest/form.rs and slots.rs). */
export const MAX_FIELDS = 50
export const MAX_OPTIONS = 50
export const MAX_SLOTS = 10
export const MAX_FILES_PER_SLOT = 20
export const MAX_SLOT_MEGABYTES = 50
const MEGABYTE = 1024 * 1024

let counter = 0
/** A key for React lists, unique in this page. */
export const newUid = () => `u${++counter}`

const emptyText = (): Text => ({ ko: '', en: null })

/** `base_1`, `base_2`, …: the first that `taken` lacks. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  for (let n = 1; ; n++) {
    const key = `${base}_${n}`
    if (!used.has(key)) return key
  }
}

type CommonPart = Pick<FieldDefinition, 'key' | 'label' | 'help' | 'required' | 'identifying'>

function withType(common: CommonPart, type: FieldTypeName, previous?: FieldDefinition): FieldDefinition {
  const options = previous && 'options' in previous ? previous.options : [newOption([])]
  switch (type) {
    case 'short_text':
    case 'long_text':
      return { ...common, type, min_length: null, max_length: null }
    case 'number':
      return { ...common, type, min: null, max: null, integer: false }
    case 'single_choice':
      return { ...common, type, options }
    case 'multiple_choice':
      return { ...common, type, options, min_selected: null, max_selected: null }
    case 'date':
      return { ...common, type, min: null, max: null }
    case 'url':
    case 'yes_no':
    case 'consent':
      return { ...common, type }
  }
}

/** A new, empty field of `type` with a key no other field has. */
export function newField(type: FieldTypeName, fields: FieldDefinition[]): FieldDraft {
  const common: CommonPart = {
    key: uniqueKey('field', fields.map((f) => f.key)),
    label: emptyText(),
    help: null,
    required: false,
  }
  return { ...withType(common, type), uid: newUid() }
}

/**
 * The same field as another type: label, help, key and "required" stay;
 * limits that meant something for the old type go; options stay between
 * the two choice types.
 */
export function changeFieldType(field: FieldDraft, type: FieldTypeName): FieldDraft {
  if (field.type === type) return field
  const { key, label, help, required, identifying, uid } = field
  const common: CommonPart = { key, label, help, required, ...(identifying ? { identifying } : {}) }
  return { ...withType(common, type, field), uid }
}

export function newOption(options: Choice[]): Choice {
  return { value: uniqueKey('option', options.map((o) => o.value)), label: emptyText() }
}

export function newSlot(slots: FileSlot[]): SlotDraft {
  return {
    uid: newUid(),
    key: uniqueKey('files', slots.map((s) => s.key)),
    label: emptyText(),
    help: null,
    accept: ['jpeg', 'png'],
    max_bytes: 10 * MEGABYTE,
    min_count: 0,
    max_count: 1,
    required: false,
  }
}

/** The list with the item at `index` moved by `by` places (kept inside the list). */
export function move<T>(items: readonly T[], index: number, by: number): T[] {
  const target = Math.min(items.length - 1, Math.max(0, index + by))
  if (index < 0 || index >= items.length || target === index) return [...items]
  const result = [...items]
  const [item] = result.splice(index, 1)
  result.splice(target, 0, item)
  return result
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index)
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current))
}

/** Accepted kinds with `kind` switched on or off, in the builder's order. */
export function toggleKind(accept: readonly FileKind[], kind: FileKind, on: boolean): FileKind[] {
  const chosen = new Set(accept)
  if (on) chosen.add(kind)
  else chosen.delete(kind)
  return FILE_KINDS.filter((k) => chosen.has(k))
}

export const bytesToMegabytes = (bytes: number) => Math.round((bytes / MEGABYTE) * 100) / 100
export const megabytesToBytes = (megabytes: number) => Math.round(megabytes * MEGABYTE)

/** A field or slot as the API takes it: without the builder's `uid`. */
export function withoutUid<T extends { uid: string }>({ uid: _uid, ...rest }: T): Omit<T, 'uid'> {
  return rest
}
