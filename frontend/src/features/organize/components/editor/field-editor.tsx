import { SelectField } from '../../../../components/ui/select-field'
import { useI18n } from '../../../../lib/i18n'
import { inputId } from '../../utils/field-errors'
import { changeFieldType, FIELD_TYPES, type FieldDraft } from '../../utils/form-builder'
import { CheckboxField, NumberField, TextField } from '../inputs'
import { ItemControls } from './item-controls'
import { OptionsEditor } from './options-editor'
import { LabelHelpKey } from './label-help-key'

interface FieldEditorProps {
  field: FieldDraft
  index: number
  count: number
  onChange: (field: FieldDraft) => void
  onMove: (by: number) => void
  onRemove: () => void
  announce: (message: string) => void
  disabled?: boolean
}

/** One field of the entry form: its type, label, help, key, whether required, and its type's limits or options. */
export function FieldEditor({ field, index, count, onChange, onMove, onRemove, announce, disabled }: FieldEditorProps) {
  const { t } = useI18n()
  const path = `form.fields[${index}]`
  const name = field.label.ko.trim() || t('organize.fields.untitled', { n: index + 1 })
  const set = (patch: Partial<FieldDraft>) => onChange({ ...field, ...patch } as FieldDraft)

  return (
    <fieldset className="builder-item" aria-labelledby={`${field.uid}-legend`}>
      <legend id={`${field.uid}-legend`}>{t('organize.fields.itemLegend', { n: index + 1, name })}</legend>
      <SelectField
        id={inputId(`${path}.type`)}
        label={t('organize.fields.type')}
        value={field.type}
        disabled={disabled}
        options={FIELD_TYPES.map((type) => ({ value: type, label: t(`organize.fieldType.${type}`) }))}
        onChange={(event) => onChange(changeFieldType(field, event.target.value as FieldDraft['type']))}
      />
      <LabelHelpKey
        path={path}
        item={field}
        labelLegend={t('organize.fields.label')}
        helpLegend={t('organize.fields.help')}
        onChange={set}
        disabled={disabled}
      />
      <CheckboxField
        id={inputId(`${path}.required`)}
        label={t('organize.fields.required')}
        hint={field.type === 'consent' ? t('organize.fields.requiredConsentHint') : undefined}
        disabled={disabled}
        checked={field.required}
        onChange={(required) => set({ required })}
      />
      <CheckboxField
        id={inputId(`${path}.identifying`)}
        label={t('organize.fields.identifying')}
        hint={t('organize.fields.identifyingHint')}
        disabled={disabled}
        checked={field.identifying ?? false}
        onChange={(identifying) => set({ identifying })}
      />
      <TypeSettings field={field} path={path} onChange={onChange} announce={announce} disabled={disabled} />
      <ItemControls
        idBase={field.uid}
        name={name}
        index={index}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
        disabled={disabled}
      />
    </fieldset>
  )
}

interface TypeSettingsProps {
  field: FieldDraft
  path: string
  onChange: (field: FieldDraft) => void
  announce: (message: string) => void
  disabled?: boolean
}

/** The settings only some types have: length, number and date limits, options, selection counts. */
function TypeSettings({ field, path, onChange, announce, disabled }: TypeSettingsProps) {
  const { t } = useI18n()
  switch (field.type) {
    case 'short_text':
    case 'long_text':
      return (
        <div className="builder-limits">
          <NumberField
            path={`${path}.min_length`}
            label={t('organize.fields.minLength')}
            min={0}
            disabled={disabled}
            value={field.min_length}
            onChange={(min_length) => onChange({ ...field, min_length })}
          />
          <NumberField
            path={`${path}.max_length`}
            label={t('organize.fields.maxLength')}
            hint={t(field.type === 'short_text' ? 'organize.fields.maxLengthShortHint' : 'organize.fields.maxLengthLongHint')}
            min={1}
            max={50000}
            disabled={disabled}
            value={field.max_length}
            onChange={(max_length) => onChange({ ...field, max_length })}
          />
        </div>
      )
    case 'number':
      return (
        <div className="builder-limits">
          <NumberField
            path={`${path}.min`}
            label={t('organize.fields.minNumber')}
            step="any"
            disabled={disabled}
            value={field.min}
            onChange={(min) => onChange({ ...field, min })}
          />
          <NumberField
            path={`${path}.max`}
            label={t('organize.fields.maxNumber')}
            step="any"
            disabled={disabled}
            value={field.max}
            onChange={(max) => onChange({ ...field, max })}
          />
          <CheckboxField
            id={inputId(`${path}.integer`)}
            label={t('organize.fields.integer')}
            disabled={disabled}
            checked={field.integer ?? false}
            onChange={(integer) => onChange({ ...field, integer })}
          />
        </div>
      )
    case 'date':
      return (
        <div className="builder-limits">
          <TextField
            path={`${path}.min`}
            type="date"
            label={t('organize.fields.minDate')}
            disabled={disabled}
            value={field.min ?? ''}
            onChange={(min) => onChange({ ...field, min: min || null })}
          />
          <TextField
            path={`${path}.max`}
            type="date"
            label={t('organize.fields.maxDate')}
            disabled={disabled}
            value={field.max ?? ''}
            onChange={(max) => onChange({ ...field, max: max || null })}
          />
        </div>
      )
    case 'single_choice':
      return (
        <OptionsEditor
          path={path}
          options={field.options}
          disabled={disabled}
          announce={announce}
          onChange={(options) => onChange({ ...field, options })}
        />
      )
    case 'multiple_choice':
      return (
        <>
          <OptionsEditor
            path={path}
            options={field.options}
            disabled={disabled}
            announce={announce}
            onChange={(options) => onChange({ ...field, options })}
          />
          <div className="builder-limits">
            <NumberField
              path={`${path}.min_selected`}
              label={t('organize.fields.minSelected')}
              min={0}
              max={field.options.length}
              disabled={disabled}
              value={field.min_selected}
              onChange={(min_selected) => onChange({ ...field, min_selected })}
            />
            <NumberField
              path={`${path}.max_selected`}
              label={t('organize.fields.maxSelected')}
              min={1}
              max={field.options.length}
              disabled={disabled}
              value={field.max_selected}
              onChange={(max_selected) => onChange({ ...field, max_selected })}
            />
          </div>
        </>
      )
    case 'url':
    case 'yes_no':
    case 'consent':
      return null
  }
}
