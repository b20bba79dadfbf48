import { useState } from 'react'
import { Button } from '../../../../components/ui/button'
import { Fieldset } from '../../../../components/ui/fieldset'
import { SelectField } from '../../../../components/ui/select-field'
import { useI18n } from '../../../../lib/i18n'
import { inputId } from '../../utils/field-errors'
import {
  FIELD_TYPES,
  MAX_FIELDS,
  move,
  newField,
  removeAt,
  replaceAt,
  type FieldDraft,
  type FieldTypeName,
} from '../../utils/form-builder'
import { FieldEditor } from './field-editor'
import { refocusAfterMove } from '../../utils/focus'
import { useFieldError } from '../../hooks/document-errors'

interface FormFieldsSectionProps {
  fields: FieldDraft[]
  duplicateCheck: string
  onChange: (fields: FieldDraft[], duplicateCheck: string) => void
  /** Says what happened (added, moved, removed) in the page's polite live region. */
  announce: (message: string) => void
  disabled?: boolean
}

/** The entry-form builder: the fields an entrant fills in, in order, and which one identifies duplicates. */
export function FormFieldsSection({ fields, duplicateCheck, onChange, announce, disabled }: FormFieldsSectionProps) {
  const { t } = useI18n()
  const [typeToAdd, setTypeToAdd] = useState<FieldTypeName>('short_text')
  const listError = useFieldError('form.fields')
  const formError = useFieldError('form')
  const fieldsError = listError ?? formError
  const duplicateError = useFieldError('form.duplicate_check')
  const nameOf = (field: FieldDraft, i: number) => field.label.ko.trim() || t('organize.fields.untitled', { n: i + 1 })
  const shortTexts = fields.filter((f) => f.type === 'short_text')
  // A removed or retyped field cannot stay the duplicate check.
  const keepCheck = (next: FieldDraft[]) =>
    next.some((f) => f.key === duplicateCheck && f.type === 'short_text') ? duplicateCheck : ''
  const update = (next: FieldDraft[]) => onChange(next, keepCheck(next))

  const add = () => {
    const field = newField(typeToAdd, fields)
    update([...fields, field])
    announce(t('organize.fields.added', { type: t(`organize.fieldType.${typeToAdd}`), position: fields.length + 1 }))
    requestAnimationFrame(() => document.getElementById(inputId(`form.fields[${fields.length}].label.ko`))?.focus())
  }

  return (
    <Fieldset legend={t('organize.fields.legend')} className="editor-section">
      <p className="field-hint">{t('organize.fields.lead')}</p>
      {fieldsError && (
        <p id={inputId('form.fields')} tabIndex={-1} className="field-error">
          {fieldsError}
        </p>
      )}
      {fields.length === 0 ? (
        <p>{t('organize.fields.none')}</p>
      ) : (
        <ol className="builder-list">
          {fields.map((field, i) => (
            <li key={field.uid}>
              <FieldEditor
                field={field}
                index={i}
                count={fields.length}
                disabled={disabled}
                announce={announce}
                onChange={(changed) => {
                  const next = replaceAt(fields, i, changed)
                  // A renamed duplicate-check field keeps being the check.
                  const check = duplicateCheck === field.key && changed.type === 'short_text' ? changed.key : duplicateCheck
                  onChange(next, next.some((f) => f.key === check && f.type === 'short_text') ? check : '')
                }}
                onMove={(by) => {
                  update(move(fields, i, by))
                  const position = Math.min(fields.length, Math.max(1, i + 1 + by))
                  announce(t('organize.list.moved', { name: nameOf(field, i), position, count: fields.length }))
                  refocusAfterMove(field.uid, by)
                }}
                onRemove={() => {
                  update(removeAt(fields, i))
                  announce(t('organize.list.removed', { name: nameOf(field, i) }))
                  requestAnimationFrame(() => document.getElementById('add-field-type')?.focus())
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="builder-add">
        <SelectField
          id="add-field-type"
          label={t('organize.fields.addType')}
          value={typeToAdd}
          disabled={disabled}
          options={FIELD_TYPES.map((type) => ({ value: type, label: t(`organize.fieldType.${type}`) }))}
          onChange={(event) => setTypeToAdd(event.target.value as FieldTypeName)}
        />
        <Button variant="secondary" disabled={disabled || fields.length >= MAX_FIELDS} onClick={add}>
          {t('organize.fields.add')}
        </Button>
      </div>
      <SelectField
        id={inputId('form.duplicate_check')}
        label={t('organize.fields.duplicateCheck')}
        value={duplicateCheck}
        disabled={disabled}
        aria-describedby={duplicateError ? `${inputId('form.duplicate_check')}-error` : 'duplicate-check-hint'}
        options={[
          { value: '', label: t('organize.fields.duplicateCheckNone') },
          ...shortTexts.map((f, i) => ({ value: f.key, label: f.label.ko.trim() || f.key || String(i + 1) })),
        ]}
        onChange={(event) => onChange(fields, event.target.value)}
      />
      <p id="duplicate-check-hint" className="field-hint">
        {t('organize.fields.duplicateCheckHint')}
      </p>
      {duplicateError && (
        <p id={`${inputId('form.duplicate_check')}-error`} className="field-error">
          {duplicateError}
        </p>
      )}
    </Fieldset>
  )
}
