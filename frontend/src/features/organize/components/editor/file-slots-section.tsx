import { Button } from '../../../../components/ui/button'
import { Fieldset } from '../../../../components/ui/fieldset'
import { FieldError } from '../../../../components/ui/field'
import { useI18n } from '../../../../lib/i18n'
import { kindNames } from '../../../entries/utils/files'
import { inputId } from '../../utils/field-errors'
import {
  bytesToMegabytes,
  FILE_KINDS,
  MAX_FILES_PER_SLOT,
  MAX_SLOT_MEGABYTES,
  MAX_SLOTS,
  megabytesToBytes,
  move,
  newSlot,
  removeAt,
  replaceAt,
  toggleKind,
  type SlotDraft,
} from '../../utils/form-builder'
import { CheckboxField, NumberField } from '../inputs'
import { refocusAfterMove } from '../../utils/focus'
import { ItemControls } from './item-controls'
import { useFieldError } from '../../hooks/document-errors'
import { LabelHelpKey } from './label-help-key'

interface FileSlotsSectionProps {
  slots: SlotDraft[]
  onChange: (slots: SlotDraft[]) => void
  announce: (message: string) => void
  disabled?: boolean
}

/** The files an entrant uploads: one slot per kind of file (photos, a logo, a proposal). */
export function FileSlotsSection({ slots, onChange, announce, disabled }: FileSlotsSectionProps) {
  const { t } = useI18n()
  const listError = useFieldError('form.file_slots')
  const nameOf = (slot: SlotDraft, i: number) => slot.label.ko.trim() || t('organize.slots.untitled', { n: i + 1 })

  const add = () => {
    onChange([...slots, newSlot(slots)])
    announce(t('organize.slots.added', { position: slots.length + 1 }))
    requestAnimationFrame(() => document.getElementById(inputId(`form.file_slots[${slots.length}].label.ko`))?.focus())
  }

  return (
    <Fieldset legend={t('organize.slots.legend')} className="editor-section">
      <p className="field-hint">{t('organize.slots.lead')}</p>
      {listError && (
        <p id={inputId('form.file_slots')} tabIndex={-1} className="field-error">
          {listError}
        </p>
      )}
      {slots.length === 0 ? (
        <p>{t('organize.slots.none')}</p>
      ) : (
        <ol className="builder-list">
          {slots.map((slot, i) => (
            <li key={slot.uid}>
              <SlotEditor
                slot={slot}
                index={i}
                count={slots.length}
                disabled={disabled}
                onChange={(changed) => onChange(replaceAt(slots, i, changed))}
                onMove={(by) => {
                  onChange(move(slots, i, by))
                  const position = Math.min(slots.length, Math.max(1, i + 1 + by))
                  announce(t('organize.list.moved', { name: nameOf(slot, i), position, count: slots.length }))
                  refocusAfterMove(slot.uid, by)
                }}
                onRemove={() => {
                  onChange(removeAt(slots, i))
                  announce(t('organize.list.removed', { name: nameOf(slot, i) }))
                  requestAnimationFrame(() => document.getElementById('add-file-slot')?.focus())
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <Button id="add-file-slot" variant="secondary" disabled={disabled || slots.length >= MAX_SLOTS} onClick={add}>
        {t('organize.slots.add')}
      </Button>
    </Fieldset>
  )
}

interface SlotEditorProps {
  slot: SlotDraft
  index: number
  count: number
  onChange: (slot: SlotDraft) => void
  onMove: (by: number) => void
  onRemove: () => void
  disabled?: boolean
}

function SlotEditor({ slot, index, count, onChange, onMove, onRemove, disabled }: SlotEditorProps) {
  const { t } = useI18n()
  const path = `form.file_slots[${index}]`
  const name = slot.label.ko.trim() || t('organize.slots.untitled', { n: index + 1 })
  const set = (patch: Partial<SlotDraft>) => onChange({ ...slot, ...patch })
  const acceptError = useFieldError(`${path}.accept`)
  const acceptId = inputId(`${path}.accept`)

  return (
    <fieldset className="builder-item" aria-labelledby={`${slot.uid}-legend`}>
      <legend id={`${slot.uid}-legend`}>{t('organize.slots.itemLegend', { n: index + 1, name })}</legend>
      <LabelHelpKey
        path={path}
        item={slot}
        labelLegend={t('organize.slots.label')}
        helpLegend={t('organize.slots.help')}
        onChange={set}
        disabled={disabled}
      />
      <fieldset id={acceptId} tabIndex={-1} className="choice-group" aria-describedby={acceptError ? `${acceptId}-error` : undefined}>
        <legend>{t('organize.slots.accept')}</legend>
        {acceptError && <FieldError id={`${acceptId}-error`}>{acceptError}</FieldError>}
        <div className="kind-choices">
          {FILE_KINDS.map((kind) => (
            <CheckboxField
              key={kind}
              id={`${acceptId}-${kind}`}
              label={kindNames([kind])}
              disabled={disabled}
              checked={slot.accept.includes(kind)}
              onChange={(on) => set({ accept: toggleKind(slot.accept, kind, on) })}
            />
          ))}
        </div>
      </fieldset>
      <div className="builder-limits">
        <NumberField
          path={`${path}.max_bytes`}
          label={t('organize.slots.maxSize')}
          hint={t('organize.slots.maxSizeHint', { max: MAX_SLOT_MEGABYTES })}
          step="any"
          min={0.001}
          max={MAX_SLOT_MEGABYTES}
          disabled={disabled}
          value={bytesToMegabytes(slot.max_bytes)}
          onChange={(megabytes) => set({ max_bytes: megabytesToBytes(megabytes ?? 0) })}
        />
        <NumberField
          path={`${path}.min_count`}
          label={t('organize.slots.minCount')}
          min={0}
          max={MAX_FILES_PER_SLOT}
          disabled={disabled}
          value={slot.min_count ?? 0}
          onChange={(min_count) => set({ min_count: min_count ?? 0 })}
        />
        <NumberField
          path={`${path}.max_count`}
          label={t('organize.slots.maxCount')}
          min={1}
          max={MAX_FILES_PER_SLOT}
          disabled={disabled}
          value={slot.max_count ?? 1}
          onChange={(max_count) => set({ max_count: max_count ?? 1 })}
        />
      </div>
      <CheckboxField
        id={inputId(`${path}.required`)}
        label={t('organize.slots.required')}
        disabled={disabled}
        checked={slot.required}
        onChange={(required) => set({ required })}
      />
      <ItemControls
        idBase={slot.uid}
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
