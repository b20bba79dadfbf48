import { Button } from '../../../components/ui/button'
import { Field } from '../../../components/ui/field'
import { useI18n } from '../../../lib/i18n'
import { fieldIdOf } from '../utils/draft-checks'
import type { RecipeDraft } from '../utils/recipe-draft'
import { Checkbox, RadioGroup } from './controls'
import { BonusRulesEditor } from './bonus-rules-editor'
import { NumberField } from './rubric-builder'
import { TieBreaksEditor } from './tie-breaks-editor'

interface RecipeBuilderProps {
  recipe: RecipeDraft
  onChange: (recipe: RecipeDraft) => void
  errors: Record<string, string>
  /** The rubric's criteria (key and label), for tie-breaks; null for a pairwise stage, where only the advance rule applies. */
  criteria: { key: string; label: string }[] | null
  disabled?: boolean
}

/**
 * The scoring recipe, in the order the server applies it: each judge's
 * weighted total, normalization, aggregation, bonus points, the public-vote
 * blend, tie-breaks, and who advances.
 */
export function RecipeBuilder({ recipe, onChange, errors, criteria, disabled = false }: RecipeBuilderProps) {
  const { t } = useI18n()
  const set = (patch: Partial<RecipeDraft>) => onChange({ ...recipe, ...patch })

  return (
    <section className="setup-section" aria-labelledby="recipe-title">
      <h3 id="recipe-title">{t('judgingSetup.recipe.title')}</h3>
      <p className="field-hint">{t(criteria ? 'judgingSetup.recipe.lead' : 'judgingSetup.recipe.pairwiseLead')}</p>
      <fieldset disabled={disabled}>
        {criteria && (
          <>
            <p>{t('judgingSetup.recipe.perJudgeTotal')}</p>
            <RadioGroup
              id={fieldIdOf('recipe.normalization')}
              legend={t('judgingSetup.recipe.normalization')}
              value={recipe.normalization}
              onChange={(normalization) => set({ normalization })}
              options={[
                { value: 'none', label: t('judgingSetup.normalization.none'), hint: t('judgingSetup.normalization.noneHint') },
                { value: 'z_score', label: t('judgingSetup.normalization.z_score'), hint: t('judgingSetup.normalization.z_scoreHint') },
                { value: 'rank', label: t('judgingSetup.normalization.rank'), hint: t('judgingSetup.normalization.rankHint') },
              ]}
            />
            <RadioGroup
              id={fieldIdOf('recipe.aggregation.type')}
              legend={t('judgingSetup.recipe.aggregation')}
              value={recipe.aggregation}
              onChange={(aggregation) => set({ aggregation })}
              options={[
                { value: 'mean', label: t('judgingSetup.aggregation.mean') },
                { value: 'median', label: t('judgingSetup.aggregation.median') },
                { value: 'trimmed_mean', label: t('judgingSetup.aggregation.trimmed_mean'), hint: t('judgingSetup.aggregation.trimmedHint') },
              ]}
            />
            {recipe.aggregation === 'trimmed_mean' && (
              <div className="setup-grid setup-grid-numbers">
                <NumberField
                  id={fieldIdOf('recipe.aggregation.drop')}
                  label={t('judgingSetup.aggregation.drop')}
                  value={recipe.drop}
                  required
                  error={errors['recipe.aggregation.drop']}
                  onChange={(drop) => set({ drop })}
                />
                <NumberField
                  id={fieldIdOf('recipe.aggregation.min_judges')}
                  label={t('judgingSetup.aggregation.minJudges')}
                  value={recipe.minJudges}
                  required
                  error={errors['recipe.aggregation.min_judges']}
                  onChange={(minJudges) => set({ minJudges })}
                />
              </div>
            )}
            <BonusRulesEditor recipe={recipe} onChange={onChange} errors={errors} />
            <section className="setup-subsection" aria-labelledby="blend-title">
              <h4 id="blend-title">{t('judgingSetup.blend.title')}</h4>
              <Checkbox
                id={fieldIdOf('recipe.blend.enabled')}
                label={t('judgingSetup.blend.enabled')}
                hint={t('judgingSetup.blend.hint')}
                checked={recipe.blend}
                onChange={(blend) => set({ blend })}
              />
              {recipe.blend && (
                <div className="setup-grid setup-grid-numbers">
                  <NumberField
                    id={fieldIdOf('recipe.blend.jury')}
                    label={t('judgingSetup.blend.jury')}
                    value={recipe.juryPercent}
                    required
                    error={errors['recipe.blend.jury'] ?? errors['recipe.blend']}
                    onChange={(juryPercent) => set({ juryPercent })}
                  />
                  <NumberField
                    id={fieldIdOf('recipe.blend.public')}
                    label={t('judgingSetup.blend.public')}
                    value={recipe.publicPercent}
                    required
                    error={errors['recipe.blend.public']}
                    onChange={(publicPercent) => set({ publicPercent })}
                  />
                </div>
              )}
            </section>
            <TieBreaksEditor recipe={recipe} onChange={onChange} errors={errors} criteria={criteria} />
          </>
        )}
        <AdvanceRule recipe={recipe} onChange={onChange} errors={errors} />
      </fieldset>
    </section>
  )
}

function AdvanceRule({ recipe, onChange, errors }: Pick<RecipeBuilderProps, 'recipe' | 'onChange' | 'errors'>) {
  const { t } = useI18n()
  const set = (patch: Partial<RecipeDraft>) => onChange({ ...recipe, ...patch })
  return (
    <section className="setup-subsection" aria-labelledby="advance-title">
      <h4 id="advance-title">{t('judgingSetup.advance.title')}</h4>
      <RadioGroup
        id={fieldIdOf('recipe.advance.type')}
        legend={t('judgingSetup.advance.rule')}
        value={recipe.advance}
        onChange={(advance) => set({ advance })}
        options={[
          { value: 'none', label: t('judgingSetup.advance.none') },
          { value: 'top_n', label: t('judgingSetup.advance.top_n'), hint: t('judgingSetup.advance.topNHint') },
          { value: 'threshold', label: t('judgingSetup.advance.threshold') },
        ]}
      />
      {recipe.advance === 'top_n' && (
        <NumberField
          id={fieldIdOf('recipe.advance.n')}
          label={t('judgingSetup.advance.n')}
          value={recipe.topN}
          required
          error={errors['recipe.advance.n']}
          onChange={(topN) => set({ topN })}
        />
      )}
      {recipe.advance === 'threshold' && (
        <Field
          id={fieldIdOf('recipe.advance.min_score')}
          label={t('judgingSetup.advance.minScore')}
          value={recipe.minScore}
          inputMode="decimal"
          required
          error={errors['recipe.advance.min_score']}
          onChange={(e) => set({ minScore: e.target.value })}
        />
      )}
    </section>
  )
}

/** A small "remove" / "move" button of a recipe row. */
export function RowButton(props: Parameters<typeof Button>[0]) {
  return <Button variant="secondary" className="button-small" {...props} />
}
