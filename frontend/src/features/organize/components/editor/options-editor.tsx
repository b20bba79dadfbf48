import { Button } from '../../../../components/ui/button'
import { Field } from '../../../../components/ui/field'
import { useI18n } from '../../../../lib/i18n'
import { textOf } from '../../utils/contest-draft'
import { inputId } from '../../utils/field-errors'
import { MAX_OPTIONS, move, newOption, removeAt, replaceAt, type Choice } from '../../utils/form-builder'
import { ItemControls } from './item-controls'
import { useFieldError } from '../../hooks/document-errors'

interface OptionsEditorProps {
  /** The field's document path, e.g. `form.fields[2]`. */
  path: string
  options: Choice[]
  onChange: (options: Choice[]) => void
  announce: (message: string) => void
  disabled?: boolean
}

/** The options of a single- or multiple-choice field: value and label (ko/en) of each, in order. */
export function OptionsEditor({ path, options, onChange, announce, disabled }: OptionsEditorProps) {
  const { t } = useI18n()
  const error = useFieldError(`${path}.options`)
  const groupId = inputId(`${path}.options`)
  const errorId = error ? `${groupId}-error` : undefined
  const nameOf = (option: Choice, i: number) => option.label.ko || t('organize.options.untitled', { n: i + 1 })

  const add = () => {
    const next = [...options, newOption(options)]
    onChange(next)
    announce(t('organize.options.added', { count: next.length }))
    requestAnimationFrame(() => document.getElementById(inputId(`${path}.options[${next.length - 1}].label.ko`))?.focus())
  }

  return (
    <fieldset id={groupId} tabIndex={-1} className="options-editor" aria-describedby={errorId}>
      <legend>{t('organize.options.legend')}</legend>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <ol className="options-list">
        {options.map((option, i) => {
          const at = `${path}.options[${i}]`
          const name = nameOf(option, i)
          return (
            <li key={i} className="option-row">
              <Field
                id={inputId(`${at}.label.ko`)}
                label={t('organize.options.labelKo', { n: i + 1 })}
                lang="ko"
                value={option.label.ko}
                disabled={disabled}
                onChange={(e) => onChange(replaceAt(options, i, { ...option, label: textOf({ ko: e.target.value, en: option.label.en ?? '' }) }))}
              />
              <Field
                id={inputId(`${at}.label.en`)}
                label={t('organize.options.labelEn', { n: i + 1 })}
                lang="en"
                value={option.label.en ?? ''}
                disabled={disabled}
                onChange={(e) => onChange(replaceAt(options, i, { ...option, label: textOf({ ko: option.label.ko, en: e.target.value }) }))}
              />
              <Field
                id={inputId(`${at}.value`)}
                label={t('organize.options.value', { n: i + 1 })}
                value={option.value}
                disabled={disabled}
                onChange={(e) => onChange(replaceAt(options, i, { ...option, value: e.target.value }))}
              />
              <ItemControls
                name={name}
                index={i}
                count={options.length}
                disabled={disabled}
                onMove={(by) => {
                  onChange(move(options, i, by))
                  announce(t('organize.list.moved', { name, position: Math.min(options.length, Math.max(1, i + 1 + by)), count: options.length }))
                }}
                onRemove={() => {
                  onChange(removeAt(options, i))
                  announce(t('organize.list.removed', { name }))
                }}
              />
            </li>
          )
        })}
      </ol>
      <Button variant="secondary" className="button-small" disabled={disabled || options.length >= MAX_OPTIONS} onClick={add}>
        {t('organize.options.add')}
      </Button>
    </fieldset>
  )
}
