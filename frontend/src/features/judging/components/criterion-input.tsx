import type { KeyboardEvent } from 'react'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import type { Criterion } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { criterionInputId } from '../utils/labels'
import { formatPoints, parseScore, scaleOf, stepScore } from '../utils/rubric'

/** How many steps PageUp and PageDown move. */
export const PAGE_STEPS = 10

interface CriterionInputProps {
  criterion: Criterion
  value: string
  error?: string
  readOnly: boolean
  onChange: (value: string) => void
  /** Enter: on to the next criterion (or the comment). */
  onEnter: () => void
}

/**
 * One criterion's score: a spin button the keyboard drives — ArrowUp/+ and
 * ArrowDown/− move by the criterion's step, PageUp/PageDown by ten steps,
 * Home/End to the bounds (always kept in range, on the grid); digits type.
 * Its label names the range and the weight.
 */
export function CriterionInput({ criterion, value, error, readOnly, onChange, onEnter }: CriterionInputProps) {
  const { language, t, text } = useI18n()
  const scale = scaleOf(criterion)
  const id = criterionInputId(criterion.key)
  const { value: number, problem } = parseScore(value, scale)
  const current = problem === 'not_a_number' ? null : number
  const description = text(criterion.description)
  const range = t('judging.score.range', {
    min: formatPoints(scale.min, language),
    max: formatPoints(scale.max, language),
    step: formatPoints(scale.step, language),
  })
  const weight = t('judging.score.weight', { weight: formatPoints(scale.weight, language) })

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const move = (steps: number) => {
      event.preventDefault()
      if (!readOnly) onChange(String(stepScore(current, steps, scale)))
    }
    switch (event.key) {
      case 'ArrowUp':
      case '+':
        return move(1)
      case 'ArrowDown':
      case '-':
        return move(-1)
      case 'PageUp':
        return move(PAGE_STEPS)
      case 'PageDown':
        return move(-PAGE_STEPS)
      case 'Home':
        event.preventDefault()
        if (!readOnly) onChange(String(scale.min))
        return
      case 'End':
        event.preventDefault()
        if (!readOnly) onChange(String(scale.max))
        return
      case 'Enter':
        event.preventDefault()
        onEnter()
        return
    }
  }

  return (
    <div className="field criterion">
      <label htmlFor={id}>
        {text(criterion.label)}
        <RequiredMark />
        <span className="criterion-weight">{weight}</span>
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {[description, range].filter(Boolean).join(' · ')}
      </p>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        role="spinbutton"
        autoComplete="off"
        className="criterion-input"
        value={value}
        readOnly={readOnly}
        aria-valuemin={scale.min}
        aria-valuemax={scale.max}
        aria-valuenow={current ?? undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  )
}
