import { Field } from '../../../components/ui/field'
import { useI18n } from '../../../lib/i18n'
import { useFocusAfterRender } from '../hooks/use-focus-after'
import { fieldIdOf } from '../utils/draft-checks'
import { MAX_BONUS_RULES, newBonusRule, type BonusRuleDraft, type RecipeDraft } from '../utils/recipe-draft'
import { RowButton } from './recipe-builder'
import { NumberField } from './rubric-builder'

interface Props {
  recipe: RecipeDraft
  onChange: (recipe: RecipeDraft) => void
  errors: Record<string, string>
}

/**
 * Bonus points (가산점): named rules an entrant claims with evidence and an
 * organizer verifies, added after aggregation, up to the cap.
 */
export function BonusRulesEditor({ recipe, onChange, errors }: Props) {
  const { t } = useI18n()
  const focusAfterRender = useFocusAfterRender()
  const rules = recipe.bonusRules
  const setRules = (bonusRules: BonusRuleDraft[]) => onChange({ ...recipe, bonusRules })
  const update = (index: number, patch: Partial<BonusRuleDraft>) =>
    setRules(rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)))

  return (
    <section className="setup-subsection" aria-labelledby="bonus-title">
      <h4 id="bonus-title">{t('judgingSetup.bonus.title')}</h4>
      <p className="field-hint">{t('judgingSetup.bonus.lead')}</p>
      {rules.length > 0 && (
        <ol className="setup-rows">
          {rules.map((rule, index) => {
            const at = `recipe.bonus_rules[${index}]`
            const heading = t('judgingSetup.bonus.ruleN', { n: index + 1 })
            return (
              <li key={rule.uid}>
                <fieldset className="setup-row">
                  <legend className="setup-row-legend">{heading}</legend>
                  <div className="setup-grid">
                    <Field
                      id={fieldIdOf(`${at}.key`)}
                      label={t('judgingSetup.bonus.key')}
                      hint={t('judgingSetup.keyHint')}
                      value={rule.key}
                      required
                      autoComplete="off"
                      spellCheck={false}
                      error={errors[`${at}.key`]}
                      onChange={(e) => update(index, { key: e.target.value })}
                    />
                    <Field
                      id={fieldIdOf(`${at}.label`)}
                      label={t('judgingSetup.bonus.labelKo')}
                      hint={t('judgingSetup.bonus.labelHint')}
                      value={rule.labelKo}
                      required
                      error={errors[`${at}.label`]}
                      onChange={(e) => update(index, { labelKo: e.target.value })}
                    />
                    <Field
                      id={fieldIdOf(`${at}.label.en`)}
                      label={t('judgingSetup.bonus.labelEn')}
                      value={rule.labelEn}
                      error={errors[`${at}.label.en`]}
                      onChange={(e) => update(index, { labelEn: e.target.value })}
                    />
                    <NumberField
                      id={fieldIdOf(`${at}.points`)}
                      label={t('judgingSetup.bonus.points')}
                      value={rule.points}
                      required
                      error={errors[`${at}.points`]}
                      onChange={(points) => update(index, { points })}
                    />
                  </div>
                  <p className="actions setup-row-actions">
                    <RowButton
                      onClick={() => {
                        setRules(rules.filter((_, i) => i !== index))
                        focusAfterRender(fieldIdOf('recipe.bonus.add'))
                      }}
                    >
                      {t('judgingSetup.remove', { name: rule.labelKo.trim() || heading })}
                    </RowButton>
                  </p>
                </fieldset>
              </li>
            )
          })}
        </ol>
      )}
      <p className="actions">
        <RowButton
          id={fieldIdOf('recipe.bonus.add')}
          disabled={rules.length >= MAX_BONUS_RULES}
          onClick={() => {
            setRules([...rules, newBonusRule()])
            focusAfterRender(fieldIdOf(`recipe.bonus_rules[${rules.length}].key`))
          }}
        >
          {t('judgingSetup.bonus.add')}
        </RowButton>
      </p>
      <NumberField
        id={fieldIdOf('recipe.bonus_cap')}
        label={t('judgingSetup.bonus.cap')}
        value={recipe.bonusCap}
        error={errors['recipe.bonus_cap']}
        onChange={(bonusCap) => onChange({ ...recipe, bonusCap })}
      />
    </section>
  )
}
