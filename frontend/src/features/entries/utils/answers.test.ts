import { describe, expect, it } from 'vitest'
import type { ContestForm, FieldDefinition } from '../../../lib/api/types'
import { translate, type MessageKey } from '../../../lib/i18n/translate'
import { checkField, serverFieldMessages, toAnswers, toFormValues, validate } from './answers'

const label = { ko: '항목', en: 'Field' }
const choices = [
  { value: 'a', label: { ko: '가', en: 'A' } },
  { value: 'b', label: { ko: '나', en: 'B' } },
  { value: 'c', label: { ko: '다', en: 'C' } },
]

/** One field of every type the server defines. */
const form: ContestForm = {
  fields: [
    { key: 'name', label, required: true, type: 'short_text', max_length: 5 },
    { key: 'story', label, required: false, type: 'long_text', min_length: 3 },
    { key: 'age', label, required: false, type: 'number', integer: true, min: 1, max: 99 },
    { key: 'pick', label, required: true, type: 'single_choice', options: choices },
    { key: 'picks', label, required: false, type: 'multiple_choice', options: choices, min_selected: 1, max_selected: 2 },
    { key: 'link', label, required: false, type: 'url' },
    { key: 'day', label, required: false, type: 'date', min: '2026-01-01', max: '2026-12-31' },
    { key: 'agree', label, required: false, type: 'yes_no' },
    { key: 'licence', label, required: true, type: 'consent' },
  ],
}
const field = (key: string) => form.fields.find((f) => f.key === key) as FieldDefinition
const t = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars)

describe('form values ↔ API answers', () => {
  it('starts every field type empty', () => {
    expect(toFormValues(form, undefined)).toEqual({
      name: '',
      story: '',
      age: '',
      pick: '',
      picks: [],
      link: '',
      day: '',
      agree: null,
      licence: false,
    })
  })

  it('sends numbers as numbers and leaves blank fields out', () => {
    const values = { ...toFormValues(form, undefined), name: 'Modu', age: '42', picks: ['a'], agree: false, licence: true }
    expect(toAnswers(form, values)).toEqual({ name: 'Modu', age: 42, picks: ['a'], agree: false, licence: true })
  })

  it('reads saved answers back into inputs', () => {
    const values = toFormValues(form, { name: 'Modu', age: 42, picks: ['a', 'b'], agree: true, day: '2026-05-05' })
    expect(values).toMatchObject({ name: 'Modu', age: '42', picks: ['a', 'b'], agree: true, day: '2026-05-05' })
  })

  it('leaves out a number that does not parse (the check reports it)', () => {
    expect(toAnswers(form, { ...toFormValues(form, undefined), age: '4x' })).not.toHaveProperty('age')
    expect(checkField(field('age'), '4x', 'draft')).toEqual({ key: 'fieldError.not_a_number' })
  })
})

describe('checks before the server', () => {
  it('asks for required fields only when submitting', () => {
    const empty = toFormValues(form, undefined)
    expect(validate(form, empty, 'draft')).toEqual({})
    expect(Object.keys(validate(form, empty, 'submission'))).toEqual(['name', 'pick', 'licence'])
    expect(validate(form, empty, 'submission').licence).toEqual({ key: 'fieldError.consent_required' })
  })

  it.each([
    ['name', 'Modu-too-long', { key: 'fieldError.too_long_max', vars: { max: 5 } }],
    ['story', 'ab', { key: 'fieldError.too_short_min', vars: { min: 3 } }],
    ['age', '4.5', { key: 'fieldError.not_integer' }],
    ['age', '0', { key: 'fieldError.number_min', vars: { min: 1 } }],
    ['age', '100', { key: 'fieldError.number_max', vars: { max: 99 } }],
    ['pick', 'z', { key: 'fieldError.invalid_choice' }],
    ['picks', ['a', 'b', 'c'], { key: 'fieldError.choose_max', vars: { max: 2 } }],
    ['link', 'ftp://example.org', { key: 'fieldError.invalid_url' }],
    ['link', 'not a link', { key: 'fieldError.invalid_url' }],
    ['day', '2025-12-31', { key: 'fieldError.date_min', vars: { min: '2026-01-01' } }],
    ['day', '31/12/2026', { key: 'fieldError.invalid_date' }],
  ])('%s = %j → %j', (key, value, problem) => {
    expect(checkField(field(key), value, 'draft')).toEqual(problem)
  })

  it.each([
    ['name', 'Modu'],
    ['age', '42'],
    ['link', 'https://example.org/demo'],
    ['day', '2026-05-05'],
    ['picks', ['a', 'c']],
    ['agree', false],
  ])('accepts %s = %j', (key, value) => {
    expect(checkField(field(key), value, 'submission')).toBeNull()
  })

  it('counts characters, not UTF-16 units, like the server', () => {
    expect(checkField(field('name'), '에코델타시', 'draft')).toBeNull()
    expect(checkField(field('name'), '😀😀😀😀😀', 'draft')).toBeNull()
  })
})

describe('server field errors → messages', () => {
  it('maps answers.<key> to the field, with the field limit in the message', () => {
    const messages = serverFieldMessages(
      form,
      [
        { field: 'answers.name', code: 'too_long', message: 'At most 5 characters.' },
        { field: 'answers.licence', code: 'required', message: 'This box must be ticked.' },
        { field: 'category', code: 'unknown_category', message: 'This contest has no such category.' },
        { field: 'answers.link', code: 'something_new', message: 'Server words.' },
      ],
      t,
    )
    expect(messages).toEqual({
      name: 'At most 5 characters.',
      licence: t('fieldError.consent_required'),
      category: t('fieldError.unknown_category'),
      link: 'Server words.',
    })
  })
})
