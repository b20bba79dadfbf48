/** What every entry-form field and file slot has: a label and help in both languages, and a key. */
import { useI18n } from '../../../../lib/i18n'
import { optionalTextOf, textDraft, textOf } from '../../utils/contest-draft'
import { BilingualFields, TextField } from '../inputs'

type Stored = Parameters<typeof textDraft>[0]

export interface LabelHelpKeyPatch {
  label?: ReturnType<typeof textOf>
  help?: ReturnType<typeof optionalTextOf>
  key?: string
}

export function LabelHelpKey({
  path,
  item,
  labelLegend,
  helpLegend,
  onChange,
  disabled,
}: {
  /** The item's document path, e.g. `form.fields[2]`. */
  path: string
  item: { label: Stored; help?: Stored; key: string }
  labelLegend: string
  helpLegend: string
  onChange: (patch: LabelHelpKeyPatch) => void
  disabled?: boolean
}) {
  const { t } = useI18n()
  return (
    <>
      <BilingualFields
        path={`${path}.label`}
        legend={labelLegend}
        required
        disabled={disabled}
        value={textDraft(item.label)}
        onChange={(label) => onChange({ label: textOf(label) })}
      />
      <BilingualFields
        path={`${path}.help`}
        legend={helpLegend}
        disabled={disabled}
        value={textDraft(item.help)}
        onChange={(help) => onChange({ help: optionalTextOf(help) })}
      />
      <TextField
        path={`${path}.key`}
        label={t('organize.fields.key')}
        hint={t('organize.fields.keyHint')}
        disabled={disabled}
        value={item.key}
        onChange={(key) => onChange({ key })}
      />
    </>
  )
}
