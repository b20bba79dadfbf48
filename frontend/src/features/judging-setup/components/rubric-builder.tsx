import { useState } from 'react'
import { Button } from '../../../components/ui/button'
import { Field } from '../../../components/ui/field'
import { useI18n } from '../../../lib/i18n'
import { useFocusAfterRender } from '../hooks/use-focus-after'
import { fieldIdOf, moveItem } from '../utils/draft-checks'
import { MAX_CRITERIA, maxTotalOf, newCriterion, type CriterionDraft, type RubricDraft } from '../utils/rubric-draft'
import { formatPoints } from '../utils/format'
import { Checkbox, TextArea } from './controls'

interface RubricBuilderProps {
  rubric: RubricDraft
  onChange: (rubric: RubricDraft) => void
  /** Messages by API field path (`rubric.criteria[0].max`). */
  errors: Record<string, string>
  disabled?: boolean
}

/**
 * The rubric (심사기준): criteria in the order judges see them, each with a
 * key, a label and description in Korean and English, its range and step,
 * and its weight in the total. Rows are added, removed and moved with
 * buttons, which keep focus where the organizer is working.
 */
export function RubricBuilder({ rubric, onChange, errors, disabled = false }: RubricBuilderProps) {
  const { t, language } = useI18n()
  const focusAfterRender = useFocusAfterRender()
  const [announcement, setAnnouncement] = useState('')
  const criteria = rubric.criteria

  const setCriteria = (next: CriterionDraft[]) => onChange({ ...rubric, criteria: next })
  const update = (index: number, patch: Partial<CriterionDraft>) =>
    setCriteria(criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)))

  const add = () => {
    const added = newCriterion()
    setCriteria([...criteria, added])
    focusAfterRender(fieldIdOf(`rubric.criteria[${criteria.length}].key`))
    setAnnouncement(t('judgingSetup.rubric.added', { n: criteria.length + 1 }))
  }
  const remove = (index: number) => {
    setCriteria(criteria.filter((_, i) => i !== index))
    focusAfterRender(fieldIdOf('rubric.add'))
    setAnnouncement(t('judgingSetup.rubric.removed', { n: index + 1 }))
  }
  const move = (index: number, delta: number) => {
    const target = index + delta
    setCriteria(moveItem(criteria, index, delta))
    const edge = target === 0 ? 'down' : target === criteria.length - 1 ? 'up' : delta < 0 ? 'up' : 'down'
    focusAfterRender(`criterion-${criteria[index].uid}-${edge}`)
    setAnnouncement(t('judgingSetup.rubric.moved', { n: target + 1 }))
  }

  const maxTotal = maxTotalOf(rubric)
  return (
    <section className="setup-section" aria-labelledby="rubric-title">
      <h3 id="rubric-title">{t('judgingSetup.rubric.title')}</h3>
      <p className="field-hint">{t('judgingSetup.rubric.lead')}</p>
      {criteria.length === 0 && <p>{t('judgingSetup.rubric.empty')}</p>}
      <ol className="setup-rows">
        {criteria.map((criterion, index) => {
          const at = `rubric.criteria[${index}]`
          const id = (name: string) => fieldIdOf(`${at}.${name}`)
          const heading = t('judgingSetup.rubric.criterionN', { n: index + 1 })
          const name = criterion.labelKo.trim() || criterion.key.trim() || heading
          return (
            <li key={criterion.uid}>
              <fieldset className="setup-row" disabled={disabled}>
                <legend className="setup-row-legend">
                  {heading}
                  {criterion.labelKo.trim() && ` · ${criterion.labelKo.trim()}`}
                </legend>
                <div className="setup-grid">
                  <Field
                    id={id('key')}
                    label={t('judgingSetup.rubric.key')}
                    hint={t('judgingSetup.keyHint')}
                    value={criterion.key}
                    required
                    autoComplete="off"
                    spellCheck={false}
                    error={errors[`${at}.key`]}
                    onChange={(e) => update(index, { key: e.target.value })}
                  />
                  <Field
                    id={id('label')}
                    label={t('judgingSetup.rubric.labelKo')}
                    value={criterion.labelKo}
                    required
                    error={errors[`${at}.label`]}
                    onChange={(e) => update(index, { labelKo: e.target.value })}
                  />
                  <Field
                    id={id('label.en')}
                    label={t('judgingSetup.rubric.labelEn')}
                    value={criterion.labelEn}
                    error={errors[`${at}.label.en`]}
                    onChange={(e) => update(index, { labelEn: e.target.value })}
                  />
                </div>
                <div className="setup-grid">
                  <TextArea
                    id={id('description')}
                    label={t('judgingSetup.rubric.descriptionKo')}
                    value={criterion.descriptionKo}
                    error={errors[`${at}.description`]}
                    onChange={(e) => update(index, { descriptionKo: e.target.value })}
                  />
                  <TextArea
                    id={id('description.en')}
                    label={t('judgingSetup.rubric.descriptionEn')}
                    value={criterion.descriptionEn}
                    error={errors[`${at}.description.en`]}
                    onChange={(e) => update(index, { descriptionEn: e.target.value })}
                  />
                </div>
                <div className="setup-grid setup-grid-numbers">
                  <NumberField id={id('min')} label={t('judgingSetup.rubric.min')} value={criterion.min} error={errors[`${at}.min`]} onChange={(min) => update(index, { min })} />
                  <NumberField id={id('max')} label={t('judgingSetup.rubric.max')} value={criterion.max} error={errors[`${at}.max`]} required onChange={(max) => update(index, { max })} />
                  <NumberField id={id('step')} label={t('judgingSetup.rubric.step')} value={criterion.step} error={errors[`${at}.step`]} onChange={(step) => update(index, { step })} />
                  <NumberField id={id('weight')} label={t('judgingSetup.rubric.weight')} value={criterion.weight} error={errors[`${at}.weight`]} onChange={(weight) => update(index, { weight })} />
                </div>
                <div className="actions setup-row-actions">
                  <Button
                    id={`criterion-${criterion.uid}-up`}
                    variant="secondary"
                    className="button-small"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('judgingSetup.moveUp', { name })}
                  </Button>
                  <Button
                    id={`criterion-${criterion.uid}-down`}
                    variant="secondary"
                    className="button-small"
                    disabled={index === criteria.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('judgingSetup.moveDown', { name })}
                  </Button>
                  <Button variant="secondary" className="button-small" onClick={() => remove(index)}>
                    {t('judgingSetup.remove', { name })}
                  </Button>
                </div>
              </fieldset>
            </li>
          )
        })}
      </ol>
      {errors['rubric.criteria'] && (
        <p id="stage-rubric-criteria-error" className="field-error">
          {errors['rubric.criteria']}
        </p>
      )}
      <p className="actions">
        <Button id={fieldIdOf('rubric.add')} variant="secondary" disabled={disabled || criteria.length >= MAX_CRITERIA} onClick={add}>
          {t('judgingSetup.rubric.add')}
        </Button>
      </p>
      <p className="setup-total">
        {maxTotal === null
          ? t('judgingSetup.rubric.maxTotalPending')
          : t('judgingSetup.rubric.maxTotal', { total: formatPoints(maxTotal, language) })}
      </p>
      <Checkbox
        id={fieldIdOf('rubric.comment_required')}
        label={t('judgingSetup.rubric.commentRequired')}
        hint={t('judgingSetup.rubric.commentRequiredHint')}
        checked={rubric.commentRequired}
        disabled={disabled}
        onChange={(commentRequired) => onChange({ ...rubric, commentRequired })}
      />
      <p role="status" className="setup-sr-only">
        {announcement}
      </p>
    </section>
  )
}

interface NumberFieldProps {
  id: string
  label: string
  value: string
  error?: string
  required?: boolean
  onChange: (value: string) => void
}

/** A number typed as text (so "2." survives while typing), with the decimal keypad on phones. */
export function NumberField({ id, label, value, error, required, onChange }: NumberFieldProps) {
  return (
    <Field
      id={id}
      label={label}
      value={value}
      error={error}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
