import { describe, expect, it } from 'vitest'
import { translate, type MessageKey } from '../../../lib/i18n/translate'
import { eligibilityLines } from './eligibility'

const t = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars)

describe('eligibilityLines', () => {
  it('says anyone may enter when there are no age or team rules', () => {
    expect(eligibilityLines({ max_entries_per_person: 1 }, t)).toEqual(['Anyone may enter.', 'Entries per person: at most 1'])
  })

  it('states ages and team rules', () => {
    expect(
      eligibilityLines({ min_age: 6, max_age: 13, max_entries_per_person: 2, teams: { min_size: 2, max_size: 5, required: true } }, t),
    ).toEqual([
      'Aged 6 or over on the deadline',
      'Aged 13 or under on the deadline',
      'Teams only, of 2 to 5 people',
      'Entries per person: at most 2',
    ])
  })
})
