/**
 * The editor's input building blocks: every control labelled, its hint and
 * error tied to it with aria-describedby, ids made from the document path
 * (see utils/field-errors.ts) so a server error finds its field.
 */
import type { ReactNode, TextareaHTMLAttributes } from 'react'
import { Field, LabelledControl, RequiredMark } from '../../../components/ui/field'
import { useI18n } from '../../../lib/i18n'
import type { TextDraft } from '../utils/contest-draft'
import { useDocumentErrors, useFieldError } from '../hooks/document-errors'
import { inputId } from '../utils/field-errors'
import { MarkdownField } from './markdown-field'

const describedBy = (...ids: (string | undefined | false)[]) => ids.filter(Boolean).join(' ') || undefined

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  error?: string
}

export function TextAreaField({ id, label, value, onChange, hint, error, required, rows = 4, ...rest }: TextAreaFieldProps) {
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error} required={required}>
      {(hintAndError) => (
        <textarea
          id={id}
          name={id}
          rows={rows}
          value={value}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={hintAndError}
          onChange={(event) => onChange(event.target.value)}
          {...rest}
        />
      )}
    </LabelledControl>
  )
}

interface NumberFieldProps {
  /** The document path, e.g. `eligibility.min_age`. */
  path: string
  label: string
  value: number | null | undefined
  onChange: (value: number | null) => void
  hint?: string
  min?: number
  max?: number
  step?: number | 'any'
  disabled?: boolean
}

/** A number input whose empty value means "no limit" (null). */
export function NumberField({ path, label, value, onChange, hint, min, max, step = 1, disabled }: NumberFieldProps) {
  const error = useFieldError(path)
  return (
    <Field
      id={inputId(path)}
      label={label}
      type="number"
      inputMode={step === 1 ? 'numeric' : 'decimal'}
      hint={hint}
      error={error}
      min={min}
      max={max}
      step={step}
      disabled={disabled}
      value={value ?? ''}
      onChange={(event) => {
        const raw = event.target.value
        const number = event.target.valueAsNumber
        onChange(raw === '' || Number.isNaN(number) ? null : number)
      }}
    />
  )
}

interface TextFieldProps {
  path: string
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  required?: boolean
  type?: string
  /** For a datetime-local input, 1 lets the value carry seconds. */
  step?: number
  disabled?: boolean
  autoComplete?: string
}

export function TextField({ path, label, value, onChange, hint, required, type = 'text', step, disabled, autoComplete }: TextFieldProps) {
  const error = useFieldError(path)
  return (
    <Field
      id={inputId(path)}
      label={label}
      type={type}
      step={step}
      hint={hint}
      error={error}
      required={required}
      disabled={disabled}
      autoComplete={autoComplete}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  hint,
  disabled,
}: {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string
  disabled?: boolean
}) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={hintId} className="field-hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  )
}

interface BilingualFieldsProps {
  /** The document path of the text, e.g. `title` or `form.fields[0].label`. */
  path: string
  legend: string
  value: TextDraft
  onChange: (value: TextDraft) => void
  required?: boolean
  multiline?: boolean
  /** Markdown (multiline, with "Write / Preview" for each language: see markdown-field.tsx). */
  markdown?: boolean
  rows?: number
  hint?: string
  disabled?: boolean
}

/**
 * A text in Korean and English: a group with a legend, Korean first (it is
 * the one every contest has). An error about the whole text sits with Korean.
 */
export function BilingualFields({ path, legend, value, onChange, required, multiline, markdown, rows, hint, disabled }: BilingualFieldsProps) {
  const { t } = useI18n()
  const errors = useDocumentErrors()
  const koError = errors[`${path}.ko`] ?? errors[path]
  const enError = errors[`${path}.en`]
  const hintId = hint ? `${inputId(path)}-hint` : undefined
  const input = (lang: 'ko' | 'en', label: string, error: string | undefined, isRequired: boolean): ReactNode => {
    const id = inputId(`${path}.${lang}`)
    const change = (text: string) => onChange({ ...value, [lang]: text })
    const area = {
      id,
      label,
      value: value[lang],
      onChange: change,
      error,
      required: isRequired,
      rows,
      disabled,
      'aria-describedby': describedBy(hintId, error && `${id}-error`),
      lang,
    }
    if (markdown) return <MarkdownField {...area} />
    return multiline ? (
      <TextAreaField {...area} />
    ) : (
      <Field
        id={id}
        label={label}
        value={value[lang]}
        onChange={(event) => change(event.target.value)}
        error={error}
        required={isRequired}
        disabled={disabled}
        aria-describedby={describedBy(hintId, error && `${id}-error`)}
        lang={lang}
      />
    )
  }
  return (
    <fieldset className="bilingual">
      <legend>
        {legend}
        {required && <RequiredMark />}
      </legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="bilingual-inputs">
        {input('ko', t('organize.lang.ko'), koError, Boolean(required))}
        {input('en', t('organize.lang.en'), enError, false)}
      </div>
    </fieldset>
  )
}
