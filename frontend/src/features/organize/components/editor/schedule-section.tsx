import { Fieldset } from '../../../../components/ui/fieldset'
import { SelectField } from '../../../../components/ui/select-field'
import { formatDateTimeInZone } from '../../../../lib/datetime'
import { useI18n } from '../../../../lib/i18n'
import type { ContestDraft } from '../../utils/contest-draft'
import { inputId } from '../../utils/field-errors'
import { timeZoneOptions, zonedInputToUtc } from '../../../../lib/zoned-time'
import { NumberField, TextField } from '../inputs'
import { useFieldError } from '../../hooks/document-errors'

interface ScheduleSectionProps {
  draft: ContestDraft
  onChange: (patch: Partial<ContestDraft>) => void
  /** A published contest's schedule changes only by extending the deadline. */
  published: boolean
}

/**
 * When entries are taken, typed as wall-clock times in the contest's own
 * zone (sent as UTC). Each time is read back in words with its zone named,
 * and in UTC, so a wrong zone shows at once.
 */
export function ScheduleSection({ draft, onChange, published }: ScheduleSectionProps) {
  const { t } = useI18n()
  const zoneError = useFieldError('time_zone')
  return (
    <Fieldset legend={t('organize.editor.schedule')} className="editor-section">
      {published && <p className="field-hint">{t('organize.schedule.publishedHint')}</p>}
      <SelectField
        id={inputId('time_zone')}
        label={t('organize.schedule.timeZone')}
        value={draft.timeZone}
        aria-describedby={zoneError ? `${inputId('time_zone')}-error` : undefined}
        aria-invalid={zoneError ? true : undefined}
        options={timeZoneOptions(draft.timeZone).map((zone) => ({ value: zone, label: zone }))}
        onChange={(event) => onChange({ timeZone: event.target.value })}
      />
      {zoneError && (
        <p id={`${inputId('time_zone')}-error`} className="field-error">
          {zoneError}
        </p>
      )}
      <ZonedTimeField
        path="opens_at"
        label={t('organize.schedule.opensAt', { zone: draft.timeZone })}
        value={draft.opensAt}
        timeZone={draft.timeZone}
        disabled={published}
        onChange={(opensAt) => onChange({ opensAt })}
      />
      <ZonedTimeField
        path="closes_at"
        label={t('organize.schedule.closesAt', { zone: draft.timeZone })}
        value={draft.closesAt}
        timeZone={draft.timeZone}
        disabled={published}
        onChange={(closesAt) => onChange({ closesAt })}
      />
      <NumberField
        path="grace_secs"
        label={t('organize.schedule.grace')}
        hint={t('organize.schedule.graceHint')}
        min={0}
        max={1440}
        disabled={published}
        value={draft.graceMinutes}
        onChange={(graceMinutes) => onChange({ graceMinutes })}
      />
    </Fieldset>
  )
}

interface ZonedTimeFieldProps {
  path: string
  label: string
  value: string
  timeZone: string
  onChange: (value: string) => void
  disabled?: boolean
}

/** A date and time in the contest's zone, with what it means read back below it. */
export function ZonedTimeField({ path, label, value, timeZone, onChange, disabled }: ZonedTimeFieldProps) {
  const { t, language } = useI18n()
  const instant = zonedInputToUtc(value, timeZone)
  const readBack = instant
    ? t('organize.schedule.readBack', {
        local: formatDateTimeInZone(instant, timeZone, language),
        // "2026-09-30 09:00 UTC", with the seconds when there are any.
        utc: `${instant.slice(0, instant.slice(17, 19) === '00' ? 16 : 19).replace('T', ' ')} UTC`,
      })
    : t('organize.schedule.incomplete')
  return (
    <TextField
      path={path}
      type="datetime-local"
      step={1}
      label={label}
      hint={readBack}
      disabled={disabled}
      value={value}
      onChange={onChange}
    />
  )
}
