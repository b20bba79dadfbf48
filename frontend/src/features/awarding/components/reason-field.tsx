import { FieldError, RequiredMark } from '../../../components/ui/field'
import { useI18n } from '../../../lib/i18n'

export const MAX_REASON = 1000

/**
 * The required reason of an override, a void or a restore: a labelled
 * textarea, kept in the audit trail by the server (1–1000 characters).
 */
export function ReasonField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string
  label: string
  value: string
  error?: string
  onChange: (value: string) => void
}) {
  const { t } = useI18n()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <RequiredMark />
      </label>
      <p id={hintId} className="field-hint">
        {t('awarding.reason.hint', { max: MAX_REASON })}
      </p>
      <textarea
        id={id}
        name={id}
        rows={3}
        maxLength={MAX_REASON}
        required
        className="awarding-textarea"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  )
}
