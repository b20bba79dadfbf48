import { formatDateTimeInZone } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { Field } from '../../../components/ui/field'
import { zonedInputToUtc } from '../../../lib/zoned-time'

/**
 * A date and time typed on the contest's clock (datetime-local), read back
 * in full under the field ("Wednesday 2 December 2026 at 08:00 (Korean
 * Standard Time)") so the organizer sees the zone the time is in.
 */
export function DateTimeField({
  id,
  label,
  value,
  timeZone,
  error,
  hint,
  disabled,
  required,
  onChange,
}: {
  id: string
  label: string
  value: string
  timeZone: string
  error?: string
  hint?: string
  disabled?: boolean
  required?: boolean
  onChange: (value: string) => void
}) {
  const { t, language } = useI18n()
  const instant = zonedInputToUtc(value, timeZone)
  return (
    <Field
      id={id}
      label={label}
      type="datetime-local"
      step={1}
      value={value}
      error={error}
      disabled={disabled}
      required={required}
      hint={
        (hint || instant) && (
        <>
          {hint && <span>{`${hint} `}</span>}
          {instant && (
            <span className="time-preview" aria-live="polite">
              {t('awarding.time.reads', { time: formatDateTimeInZone(instant, timeZone, language) })}
            </span>
          )}
        </>
        )
      }
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
