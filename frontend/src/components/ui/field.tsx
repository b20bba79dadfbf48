import type { InputHTMLAttributes, ReactNode } from 'react'

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string
  label: string
  hint?: ReactNode
  error?: string
}

/**
 * A labelled input with an optional hint and error. The error is tied to the
 * input with aria-describedby and aria-invalid, so it is read with the field.
 */
export function Field({ id, label, hint, error, required, ...input }: FieldProps) {
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error} required={required}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </LabelledControl>
  )
}

/**
 * The frame every labelled control shares: label (with the required mark),
 * hint, the control, its error. `children` gets the ids the control's
 * aria-describedby should name (hint, then error).
 */
export function LabelledControl({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  required?: boolean
  children: (describedBy: string | undefined) => ReactNode
}) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children([hintId, errorId].filter(Boolean).join(' ') || undefined)}
      {error && <FieldError id={errorId!}>{error}</FieldError>}
    </div>
  )
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-error">
      {children}
    </p>
  )
}

/** The asterisk is decorative: `required` already tells assistive technology. */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  )
}
