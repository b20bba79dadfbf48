import type { FieldDefinition } from '../../../lib/api/types'
import type { Translate } from '../../../lib/i18n'
import { maxLengthOf } from './answers'

/** The field's limits as a hint sentence ("At most 30 characters", "Choose up to 3"), or ''. */
export function fieldHint(field: FieldDefinition, t: Translate): string {
  switch (field.type) {
    case 'short_text':
    case 'long_text': {
      const max = maxLengthOf(field)!
      return field.min_length ? t('entry.lengthRangeHint', { min: field.min_length, max }) : t('entry.lengthHint', { max })
    }
    case 'number': {
      const range = field.min != null && field.max != null ? t('entry.numberRange', { min: field.min, max: field.max }) : ''
      return [range, field.integer ? t('entry.integerHint') : ''].filter(Boolean).join(' · ')
    }
    case 'date':
      return field.min && field.max ? t('entry.dateRange', { min: field.min, max: field.max }) : ''
    case 'url':
      return t('entry.urlHint')
    case 'multiple_choice': {
      const { min_selected: min, max_selected: max } = field
      if (min != null && max != null) return t('entry.chooseRange', { min, max })
      if (max != null) return t('entry.chooseAtMost', { max })
      if (min != null) return t('entry.chooseAtLeast', { min })
      return ''
    }
    default:
      return ''
  }
}
