import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../lib/api-client'
import { en } from '../../../lib/i18n/en'
import { translate } from '../../../lib/i18n/translate'
import { serverFieldErrors } from './server-errors'

const tEn = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate('en', key, vars)
const invalid = (errors: { field: string; code: string; message: string }[]) =>
  new ApiError({ type: 'about:blank', title: 'Invalid', status: 422, code: 'validation_failed', errors })

describe('serverFieldErrors', () => {
  it('says what is wrong by the field the code is on', () => {
    const errors = serverFieldErrors(
      invalid([
        { field: 'rubric.criteria[0].weight', code: 'out_of_range', message: 'x' },
        { field: 'rubric.criteria[1].step', code: 'off_step', message: 'x' },
        { field: 'recipe.tie_breaks[1]', code: 'duplicate', message: 'x' },
        { field: 'closes_at', code: 'invalid_schedule', message: 'x' },
      ]),
      tEn,
    )
    expect(errors).toEqual({
      'rubric.criteria[0].weight': en['judgingSetup.error.weightRange'].replace('{limit}', '100'),
      'rubric.criteria[1].step': en['judgingSetup.error.offStep'],
      'recipe.tie_breaks[1]': en['judgingSetup.error.tieBreakDuplicate'],
      closes_at: en['judgingSetup.error.closesBeforeOpens'],
    })
  })

  it('falls back to the server’s text for a code it does not know', () => {
    expect(serverFieldErrors(invalid([{ field: 'x', code: 'brand_new', message: 'Server says so.' }]), tEn)).toEqual({ x: 'Server says so.' })
  })

  it('has nothing to say about failures that are not field errors', () => {
    expect(serverFieldErrors(new Error('boom'), tEn)).toEqual({})
  })
})
