import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../lib/api-client'
import { en } from '../../../lib/i18n/en'
import { interpolate, type MessageKey } from '../../../lib/i18n/translate'
import { documentErrors, inputId, summaryItems } from './field-errors'

const t = (key: MessageKey, vars?: Record<string, string | number>) => interpolate(en[key], vars)

describe('inputId', () => {
  it('turns a document path into the id of its input', () => {
    expect(inputId('title.ko')).toBe('contest-title-ko')
    expect(inputId('form.fields[2].options')).toBe('contest-form-fields-2-options')
    expect(inputId('eligibility.teams.max_size')).toBe('contest-eligibility-teams-max_size')
  })
})

describe('documentErrors', () => {
  it('gives each path the catalogue’s message for its code', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      code: 'validation_failed',
      errors: [
        { field: 'form.fields[0].key', code: 'invalid_key', message: 'server text' },
        { field: 'title.ko', code: 'invalid_length', message: 'server text' },
        { field: 'form.fields[1].x', code: 'something_new', message: 'The server’s own words.' },
      ],
    })
    expect(documentErrors(error, t)).toEqual({
      'form.fields[0].key': en['organize.fieldError.invalid_key'],
      'title.ko': en['organize.fieldError.invalid_length'],
      'form.fields[1].x': 'The server’s own words.',
    })
  })

  it('finds nothing in an error that is not from the API', () => {
    expect(documentErrors(new Error('boom'), t)).toEqual({})
  })
})

describe('summaryItems', () => {
  it('links each problem to its input when the page has one', () => {
    const items = summaryItems({ 'title.ko': 'Too long', form: 'Unreadable' }, (id) => id === 'contest-title-ko')
    expect(items).toEqual([{ message: 'Too long', fieldId: 'contest-title-ko' }, { message: 'Unreadable' }])
  })
})
