import { describe, expect, it } from 'vitest'
import {
  bytesToMegabytes,
  changeFieldType,
  megabytesToBytes,
  move,
  newField,
  newOption,
  newSlot,
  removeAt,
  toggleKind,
  uniqueKey,
  withoutUid,
} from './form-builder'

describe('uniqueKey', () => {
  it('takes the first numbered key nobody has', () => {
    expect(uniqueKey('field', ['field_1', 'field_3'])).toBe('field_2')
    expect(uniqueKey('field', [])).toBe('field_1')
  })
})

describe('newField', () => {
  it('starts a field of the chosen type with a key of its own and no limits', () => {
    const field = newField('short_text', [{ key: 'field_1', label: { ko: 'a' }, required: false, type: 'url' }])
    expect(withoutUid(field)).toEqual({
      key: 'field_2',
      label: { ko: '', en: null },
      help: null,
      required: false,
      type: 'short_text',
      min_length: null,
      max_length: null,
    })
  })

  it('gives a choice field one option to fill in', () => {
    const field = newField('single_choice', [])
    expect(field.type === 'single_choice' && field.options).toEqual([{ value: 'option_1', label: { ko: '', en: null } }])
  })

  it('sends nothing but the type for fields without settings, as the server refuses unknown settings', () => {
    expect(Object.keys(withoutUid(newField('consent', []))).sort()).toEqual(['help', 'key', 'label', 'required', 'type'])
  })
})

describe('changeFieldType', () => {
  const base = { ...newField('short_text', []), key: 'title', label: { ko: '제목', en: 'Title' }, required: true, max_length: 30 }

  it('keeps the label, key and requiredness, and drops the old type’s limits', () => {
    const changed = changeFieldType(base, 'number')
    expect(changed).toMatchObject({ key: 'title', label: { ko: '제목', en: 'Title' }, required: true, type: 'number', min: null, max: null })
    expect('max_length' in changed).toBe(false)
    expect(changed.uid).toBe(base.uid)
  })

  it('keeps the options between single and multiple choice', () => {
    const single = { ...changeFieldType(base, 'single_choice') }
    const options = [
      { value: 'a', label: { ko: '가', en: null } },
      { value: 'b', label: { ko: '나', en: null } },
    ]
    const withOptions = { ...single, options } as typeof single
    const multiple = changeFieldType(withOptions, 'multiple_choice')
    expect(multiple.type === 'multiple_choice' && multiple.options).toEqual(options)
  })
})

describe('list operations', () => {
  it('moves an item up or down, and not past either end', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })

  it('removes the item at an index', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c'])
  })

  it('gives a new option a value no other option has', () => {
    expect(newOption([{ value: 'option_1', label: { ko: '가' } }]).value).toBe('option_2')
  })
})

describe('file slots', () => {
  it('starts a slot for one JPEG or PNG of up to 10 MB', () => {
    const slot = newSlot([])
    expect(slot).toMatchObject({ key: 'files_1', accept: ['jpeg', 'png'], max_bytes: 10 * 1024 * 1024, min_count: 0, max_count: 1, required: false })
  })

  it('switches accepted types on and off in a stable order', () => {
    expect(toggleKind(['png'], 'pdf', true)).toEqual(['png', 'pdf'])
    expect(toggleKind(['pdf', 'jpeg'], 'svg', true)).toEqual(['jpeg', 'svg', 'pdf'])
    expect(toggleKind(['jpeg', 'png'], 'jpeg', false)).toEqual(['png'])
  })

  it('converts the size between megabytes and bytes', () => {
    expect(megabytesToBytes(2.5)).toBe(2621440)
    expect(bytesToMegabytes(2621440)).toBe(2.5)
  })
})
