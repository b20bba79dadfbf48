import type { StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import type { EntryResult } from '../api/shapes'

/**
 * How the recipe reached one entry's final score: each judge's total (raw
 * and, when the recipe normalizes, normalized; those a trimmed mean dropped
 * marked), the mean per criterion, the jury's aggregate, the public vote's
 * share, the bonus with its rules, and the final score.
 */
export function ResultBreakdown({
  result,
  stage,
  judgeName,
  id,
  entry,
}: {
  /** The entry's name for the tables' captions (its receipt number). */
  entry: string
  result: EntryResult
  stage: StageView
  judgeName: (judgeId: string) => string
  id: string
}) {
  const { language, t, text } = useI18n()
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  const format = (value: number | null | undefined) =>
    value === null || value === undefined ? t('screening.none') : number.format(value)
  const normalizes = stage.recipe.normalization !== 'none'
  const ruleLabel = (key: string) => {
    const rule = stage.recipe.bonus_rules?.find((r) => r.key === key)
    return rule ? t('screening.breakdown.bonusRule', { rule: text(rule.label), points: number.format(rule.points) }) : key
  }

  return (
    <div className="breakdown" id={id}>
      {result.judges.length === 0 ? (
        <p>{t('screening.breakdown.noScores')}</p>
      ) : (
        <table>
          <caption>{t('screening.breakdown.judgesCaption', { entry })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('screening.breakdown.judge')}</th>
              <th scope="col" className="number">
                {t('screening.breakdown.raw')}
              </th>
              {normalizes && (
                <th scope="col" className="number">
                  {t('screening.breakdown.normalized')}
                </th>
              )}
              <th scope="col">{t('screening.breakdown.counted')}</th>
            </tr>
          </thead>
          <tbody>
            {result.judges.map((judge) => (
              <tr key={judge.judge} className={judge.dropped ? 'ranking-judge-dropped' : undefined}>
                <th scope="row">{judgeName(judge.judge)}</th>
                <td className="number">{number.format(judge.raw)}</td>
                {normalizes && <td className="number">{number.format(judge.normalized)}</td>}
                <td>{judge.dropped ? t('screening.breakdown.dropped') : t('screening.breakdown.kept')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {stage.rubric.criteria.length > 0 && result.judges.length > 0 && (
        <table>
          <caption>{t('screening.breakdown.criteriaCaption', { entry })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('screening.breakdown.criterion')}</th>
              <th scope="col" className="number">
                {t('screening.breakdown.mean')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stage.rubric.criteria.map((criterion) => (
              <tr key={criterion.key}>
                <th scope="row">{text(criterion.label)}</th>
                <td className="number">
                  {t('screening.breakdown.meanOfMax', {
                    mean: format(result.criteria[criterion.key]),
                    max: number.format(criterion.max),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <dl className="facts">
        <dt>{t('screening.breakdown.jury')}</dt>
        <dd>{format(result.jury)}</dd>
        {stage.recipe.blend && (
          <>
            <dt>
              {t('screening.breakdown.public', {
                jury: number.format(stage.recipe.blend.jury * 100),
                public: number.format(stage.recipe.blend.public * 100),
              })}
            </dt>
            <dd>{format(result.public)}</dd>
          </>
        )}
        <dt>{t('screening.breakdown.bonus')}</dt>
        <dd>
          {number.format(result.bonus)}
          {result.bonus_rules.length > 0 && ` (${result.bonus_rules.map(ruleLabel).join(', ')})`}
        </dd>
        <dt>{t('screening.breakdown.final')}</dt>
        <dd>{format(result.final_score)}</dd>
        {result.tied && (
          <>
            <dt>{t('screening.breakdown.tiedLabel')}</dt>
            <dd>{t('screening.breakdown.tied')}</dd>
          </>
        )}
      </dl>
    </div>
  )
}
