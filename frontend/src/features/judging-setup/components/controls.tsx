/**
 * Form controls the stage editor needs beyond components/ui: a radio group
 * with hints, a checkbox, and a textarea, each with its label, hint and
 * error tied to the control (aria-describedby), like `Field`.
 */
import type { ReactNode, TextareaHTMLAttributes } from 'react'
import { FieldError, RequiredMark } from '../../../components/ui/field'

const describedBy = (...ids: (string | undefined | false)[]) => ids.filter(Boolean).join(' ') || undefined

export interface RadioOption<T extends string> {
  value: T
  label: string
  hint?: string
}

interface RadioGroupProps<T extends string> {
  id: string
  legend: string
  value: T
  options: RadioOption<T>[]
  onChange: (value: T) => void
  disabled?: boolean
  error?: string
  hint?: ReactNode
}

export function RadioGroup<T extends string>({ id, legend, value, options, onChange, disabled, error, hint }: RadioGroupProps<T>) {
  return (
    <fieldset
      className="field choice-group"
      aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
    >
      <legend>{legend}</legend>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`
        return (
          <div key={option.value} className="checkbox">
            <input
              type="radio"
              id={optionId}
              name={id}
              value={option.value}
              checked={value === option.value}
              disabled={disabled}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint && (
                <p id={`${optionId}-hint`} className="field-hint">
                  {option.hint}
                </p>
              )}
            </div>
          </div>
        )
      })}
    </fieldset>
  )
}

interface CheckboxProps {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string
  disabled?: boolean
}

export function Checkbox({ id, label, checked, onChange, hint, disabled }: CheckboxProps) {
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  )
}

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string
  label: string
  hint?: string
  error?: string
}

export function TextArea({ id, label, hint, error, required, rows = 3, ...textarea }: TextAreaProps) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        {...textarea}
      />
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  )
}
