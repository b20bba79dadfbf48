import type { FieldDefinition } from '../../../lib/api/types'

/** The id of a field's input (or first option), which the error summary links to. */
export const entryFieldId = (field: Pick<FieldDefinition, 'key' | 'type'>) =>
  ['single_choice', 'multiple_choice', 'yes_no'].includes(field.type) ? `entry-${field.key}-0` : `entry-${field.key}`
