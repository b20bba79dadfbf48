import { useI18n } from '../../../lib/i18n'
import { FieldError } from '../../../components/ui/field'
import { useFocusAfterRender } from '../hooks/use-focus-after'
import { fieldIdOf, moveItem } from '../utils/draft-checks'
import { MAX_TIE_BREAKS, newTieBreak, type RecipeDraft, type TieBreakDraft } from '../utils/recipe-draft'
import { RowButton } from './recipe-builder'

interface Props {
  recipe: RecipeDraft
  onChange: (recipe: RecipeDraft) => void
  errors: Record<string, string>
  criteria: { key: string; label: string }[]
}

const EARLIEST = 'earliest_submission'
const valueOf = (tb: TieBreakDraft) => (tb.type === 'criterion' ? `criterion:${tb.key}` : EARLIEST)
const fromValue = (value: string, uid: string): TieBreakDraft =>
  value.startsWith('criterion:') ? { uid, type: 'criterion', key: value.slice('criterion:'.length) } : { uid, type: EARLIEST }

/**
 * Tie-breaks in the order they apply: a criterion's higher mean, then the
 * earlier submission. Ties that remain are shown as ties, never broken silently.
 */
export function TieBreaksEditor({ recipe, onChange, errors, criteria }: Props) {
  const { t } = useI18n()
  const focusAfterRender = useFocusAfterRender()
  const tieBreaks = recipe.tieBreaks
  const setTieBreaks = (next: TieBreakDraft[]) => onChange({ ...recipe, tieBreaks: next })

  const nameOf = (tb: TieBreakDraft) =>
    tb.type === EARLIEST
      ? t('judgingSetup.tieBreak.earliest')
      : t('judgingSetup.tieBreak.criterion', { name: criteria.find((c) => c.key === tb.key)?.label || tb.key })

  return (
    <section className="setup-subsection" aria-labelledby="tie-title">
      <h4 id="tie-title">{t('judgingSetup.tieBreak.title')}</h4>
      <p className="field-hint">{t('judgingSetup.tieBreak.lead')}</p>
      {tieBreaks.length > 0 && (
        <ol className="setup-rows setup-rows-compact">
          {tieBreaks.map((tb, index) => {
            const at = `recipe.tie_breaks[${index}]`
            const id = fieldIdOf(`${at}.key`)
            const error = errors[`${at}.key`] ?? errors[at]
            const known = tb.type === EARLIEST || criteria.some((c) => c.key === tb.key)
            return (
              <li key={tb.uid} className="setup-inline-row">
                <div className="field">
                  <label htmlFor={id}>{t('judgingSetup.tieBreak.nth', { n: index + 1 })}</label>
                  <select
                    id={id}
                    value={valueOf(tb)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(e) => setTieBreaks(tieBreaks.map((x, i) => (i === index ? fromValue(e.target.value, x.uid) : x)))}
                  >
                    {criteria.filter((c) => c.key !== '').map((c) => (
                      <option key={c.key} value={`criterion:${c.key}`}>
                        {t('judgingSetup.tieBreak.criterion', { name: c.label || c.key })}
                      </option>
                    ))}
                    {!known && <option value={valueOf(tb)}>{nameOf(tb)}</option>}
                    <option value={EARLIEST}>{t('judgingSetup.tieBreak.earliest')}</option>
                  </select>
                  {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
                </div>
                <div className="actions setup-row-actions">
                  <RowButton
                    id={`tie-${tb.uid}-up`}
                    disabled={index === 0}
                    onClick={() => {
                      setTieBreaks(moveItem(tieBreaks, index, -1))
                      focusAfterRender(index - 1 === 0 ? `tie-${tb.uid}-down` : `tie-${tb.uid}-up`)
                    }}
                  >
                    {t('judgingSetup.moveUp', { name: nameOf(tb) })}
                  </RowButton>
                  <RowButton
                    id={`tie-${tb.uid}-down`}
                    disabled={index === tieBreaks.length - 1}
                    onClick={() => {
                      setTieBreaks(moveItem(tieBreaks, index, 1))
                      focusAfterRender(index + 1 === tieBreaks.length - 1 ? `tie-${tb.uid}-up` : `tie-${tb.uid}-down`)
                    }}
                  >
                    {t('judgingSetup.moveDown', { name: nameOf(tb) })}
                  </RowButton>
                  <RowButton
                    onClick={() => {
                      setTieBreaks(tieBreaks.filter((_, i) => i !== index))
                      focusAfterRender(fieldIdOf('recipe.tie.add'))
                    }}
                  >
                    {t('judgingSetup.remove', { name: nameOf(tb) })}
                  </RowButton>
                </div>
              </li>
            )
          })}
        </ol>
      )}
      {errors['recipe.tie_breaks'] && <p className="field-error">{errors['recipe.tie_breaks']}</p>}
      <p className="actions">
        <RowButton
          id={fieldIdOf('recipe.tie.add')}
          disabled={tieBreaks.length >= MAX_TIE_BREAKS}
          onClick={() => {
            const unused = criteria.find((c) => c.key !== '' && !tieBreaks.some((tb) => tb.type === 'criterion' && tb.key === c.key))
            setTieBreaks([...tieBreaks, unused ? newTieBreak('criterion', unused.key) : newTieBreak(EARLIEST)])
            focusAfterRender(fieldIdOf(`recipe.tie_breaks[${tieBreaks.length}].key`))
          }}
        >
          {t('judgingSetup.tieBreak.add')}
        </RowButton>
      </p>
    </section>
  )
}
