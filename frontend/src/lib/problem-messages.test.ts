import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError, type ApiProblem } from './api-client'
import { en } from './i18n/en'
import { ko } from './i18n/ko'
import { translate, type MessageKey } from './i18n/translate'
import { FIELD_MESSAGES, FILE_MESSAGES, PROBLEM_MESSAGES, errorMessage, fieldErrorsOf, uploadErrorMessage } from './problem-messages'

const tEn = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars)
const tKo = (key: MessageKey, vars?: Record<string, string | number>) => translate('ko', key, vars)
const problem = (extra: Partial<ApiProblem>): ApiProblem => ({ type: 'about:blank', title: 'Error', status: 400, ...extra })

describe('problem+json → message', () => {
  it('has a message in both catalogues for every problem, field and file code', () => {
    for (const key of [...Object.values(PROBLEM_MESSAGES), ...Object.values(FIELD_MESSAGES), ...Object.values(FILE_MESSAGES)]) {
      expect(ko[key], key).toBeTruthy()
      expect(en[key], key).toBeTruthy()
    }
  })

  it('shows the catalogue message for a known code, in the reader language, not the server English', () => {
    const error = new ApiError(problem({ status: 409, code: 'version_conflict', detail: 'Stale version.' }))
    expect(errorMessage(error, tKo)).toBe(ko['problem.version_conflict'])
    expect(errorMessage(error, tEn)).toBe(en['problem.version_conflict'])
  })

  it('falls back to the server detail for a code this build does not know', () => {
    const error = new ApiError(problem({ code: 'brand_new_code', detail: 'Something new.' }))
    expect(errorMessage(error, tEn)).toBe('Something new.')
  })

  it('says how long to wait when the server sent Retry-After', () => {
    const error = new ApiError(problem({ status: 429, code: 'too_many_requests' }), 30)
    expect(errorMessage(error, tEn)).toContain('30')
  })

  it('tells a network failure apart from a server answer', () => {
    expect(errorMessage(new NetworkError(new TypeError()), tEn)).toBe(en['error.network'])
    expect(errorMessage(new Error('boom'), tEn)).toBe(en['error.generic'])
  })

  it('maps field errors by the server field name, catalogue first', () => {
    const error = new ApiError(
      problem({
        status: 422,
        code: 'validation_failed',
        errors: [
          { field: 'answers.title', code: 'required', message: 'This field is required.' },
          { field: 'answers.odd', code: 'mystery', message: 'Server words.' },
        ],
      }),
    )
    expect(fieldErrorsOf(error, tKo)).toEqual({ 'answers.title': ko['fieldError.required'], 'answers.odd': 'Server words.' })
  })

  it('explains a refused file with the file name, from the file code', () => {
    const refused = new ApiError(
      problem({
        status: 422,
        code: 'validation_failed',
        errors: [{ field: 'file', code: 'file_type_not_allowed', message: 'This slot does not accept pdf files.' }],
      }),
    )
    expect(uploadErrorMessage(refused, 'plan.pdf', tEn, { maxSize: '20 MB' })).toBe(
      tEn('fileError.file_type_not_allowed', { name: 'plan.pdf' }),
    )
    const tooLarge = new ApiError(problem({ status: 413, code: 'payload_too_large' }))
    expect(uploadErrorMessage(tooLarge, 'big.jpg', tEn, { maxSize: '20 MB' })).toContain('20 MB')
    expect(uploadErrorMessage(tooLarge, 'big.jpg', tEn, { maxSize: '20 MB' })).toContain('big.jpg')
  })
})
