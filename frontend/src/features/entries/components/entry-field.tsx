import type { ReactNode } from 'react'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import type { FieldDefinition } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { maxLengthOf, type InputValue } from '../utils/answers'
import { fieldHint } from '../utils/field-hints'


interface EntryFieldProps {
  field: FieldDefinition
  value: InputValue
  error?: string
  disabled?: boolean
  onChange: (value: InputValue) => void
}

/**
 * One field of a contest's entry form, rendered by its type: a labelled
 * input, or a fieldset with a legend for groups of options. Hint and error
 * are tied to the control with aria-describedby.
 */
export function EntryField({ field, value, error, disabled, onChange }: EntryFieldProps) {
  const { t, text } = useI18n()
  const base = `entry-${field.key}`
  const help = text(field.help)
  const hint = [help, fieldHint(field, t)].filter(Boolean).join(' · ')
  const hintId = hint ? `${base}-hint` : undefined
  const errorId = error ? `${base}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const label = text(field.label)
  const common = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    disabled,
  }
  const hintAndError = (
    <>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId!}>{error}</FieldError>}
    </>
  )

  const options = (type: 'radio' | 'checkbox', choices: { value: string; label: string }[]): ReactNode => (
    <fieldset className="field choice-group" aria-describedby={describedBy}>
      <legend>
        {label}
        {field.required && <RequiredMark />}
      </legend>
      {hintAndError}
      {choices.map((choice, i) => {
        const id = `${base}-${i}`
        const checked =
          type === 'checkbox' ? Array.isArray(value) && value.includes(choice.value) : String(value) === choice.value
        return (
          <div className="checkbox" key={choice.value}>
            <input
              type={type}
              id={id}
              name={base}
              value={choice.value}
              checked={checked}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                if (type === 'radio') onChange(choice.value)
                else {
                  const current = Array.isArray(value) ? value : []
                  onChange(event.target.checked ? [...current, choice.value] : current.filter((v) => v !== choice.value))
                }
              }}
            />
            <label htmlFor={id}>{choice.label}</label>
          </div>
        )
      })}
    </fieldset>
  )

  switch (field.type) {
    case 'single_choice':
      return options('radio', field.options.map((o) => ({ value: o.value, label: text(o.label) })))
    case 'multiple_choice':
      return options('checkbox', field.options.map((o) => ({ value: o.value, label: text(o.label) })))
    case 'yes_no':
      return (
        <fieldset className="field choice-group" aria-describedby={describedBy}>
          <legend>
            {label}
            {field.required && <RequiredMark />}
          </legend>
          {hintAndError}
          {[true, false].map((answer, i) => (
            <div className="checkbox" key={String(answer)}>
              <input
                type="radio"
                id={`${base}-${i}`}
                name={base}
                checked={value === answer}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(answer)}
              />
              <label htmlFor={`${base}-${i}`}>{t(answer ? 'entry.yes' : 'entry.no')}</label>
            </div>
          ))}
        </fieldset>
      )
    case 'consent':
      return (
        <div className="field">
          <div className="checkbox">
            <input
              type="checkbox"
              id={base}
              name={base}
              checked={value === true}
              required={field.required}
              onChange={(event) => onChange(event.target.checked)}
              {...common}
            />
            <label htmlFor={base}>
              {label}
              {field.required && <RequiredMark />}
            </label>
          </div>
          {hintAndError}
        </div>
      )
    case 'long_text':
      return (
        <div className="field">
          <label htmlFor={base}>
            {label}
            {field.required && <RequiredMark />}
          </label>
          {hintAndError}
          <textarea
            id={base}
            name={base}
            rows={6}
            required={field.required}
            value={String(value ?? '')}
            onChange={(event) => onChange(event.target.value)}
            {...common}
          />
          <CharacterCount value={String(value ?? '')} max={maxLengthOf(field)!} />
        </div>
      )
    default: {
      const inputProps =
        field.type === 'number'
          ? { type: 'number', inputMode: 'decimal' as const, step: field.integer ? 1 : 'any', min: field.min ?? undefined, max: field.max ?? undefined }
          : field.type === 'date'
            ? { type: 'date', min: field.min ?? undefined, max: field.max ?? undefined }
            : field.type === 'url'
              ? { type: 'url', inputMode: 'url' as const, autoComplete: 'url' }
              : { type: 'text' }
      return (
        <div className="field">
          <label htmlFor={base}>
            {label}
            {field.required && <RequiredMark />}
          </label>
          {hintAndError}
          <input
            id={base}
            name={base}
            required={field.required}
            value={String(value ?? '')}
            onChange={(event) => onChange(event.target.value)}
            {...inputProps}
            {...common}
          />
          {field.type === 'short_text' && <CharacterCount value={String(value ?? '')} max={maxLengthOf(field)!} />}
        </div>
      )
    }
  }
}

/** Characters used of the limit; not a live region (it would speak on every key). */
function CharacterCount({ value, max }: { value: string; max: number }) {
  const { t } = useI18n()
  const count = [...value.trim()].length
  return <p className={count > max ? 'char-count char-count-over' : 'char-count'}>{t('entry.charCount', { count, max })}</p>
}
