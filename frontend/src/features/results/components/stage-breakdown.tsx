import { Fragment } from 'react'
import type { StageBreakdown as Breakdown } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'

/**
 * How one closed stage judged the entry: its rank among those ranked, the
 * final score and its parts, the mean points per criterion, and each
 * judge's total (without who gave it), the ones a trimmed mean dropped marked.
 * Whether it advanced is said only where there was a next stage to reach.
 */
export function StageBreakdown({ stage, last }: { stage: Breakdown; last: boolean }) {
  const { language, t, text } = useI18n()
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  const headingId = `stage-${stage.stage_id}`
  const criteria = stage.criteria
  const parts = [
    { key: 'jury', label: t('breakdown.jury'), value: stage.jury },
    { key: 'public', label: t('breakdown.public'), value: stage.public },
    // No bonus rule, no bonus: a row of zeros would only raise the question.
    { key: 'bonus', label: t('breakdown.bonus'), value: stage.bonus || stage.bonus_rules.length > 0 ? stage.bonus : null },
  ].filter((part) => part.value !== null && part.value !== undefined)

  return (
    <section aria-labelledby={headingId} className="breakdown">
      <h4 id={headingId}>{text(stage.name)}</h4>
      <dl className="facts">
        <dt>{t('breakdown.rank')}</dt>
        <dd>{stage.rank ? t('breakdown.rankOf', { rank: stage.rank, ranked: stage.ranked }) : t('breakdown.unranked')}</dd>
        {stage.final_score !== null && stage.final_score !== undefined && (
          <>
            <dt>{t(stage.mode === 'pairwise' ? 'breakdown.strength' : 'breakdown.finalScore')}</dt>
            <dd>{number.format(stage.final_score)}</dd>
          </>
        )}
        {parts.map((part) => (
          <Fragment key={part.key}>
            <dt>{part.label}</dt>
            <dd>{number.format(part.value!)}</dd>
          </Fragment>
        ))}
        {stage.bonus_rules.length > 0 && (
          <>
            <dt>{t('breakdown.bonusRules')}</dt>
            <dd>{stage.bonus_rules.join(', ')}</dd>
          </>
        )}
        {(!last || stage.advanced) && (
          <>
            <dt>{t('breakdown.advanced')}</dt>
            <dd>{stage.advanced ? t('breakdown.advancedYes') : t('breakdown.advancedNo')}</dd>
          </>
        )}
      </dl>

      {criteria.length > 0 && (
        <table>
          <caption>{t('breakdown.criteriaCaption', { stage: text(stage.name) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('breakdown.criterion')}</th>
              <th scope="col">{t('breakdown.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion) => (
              <tr key={criterion.key}>
                <th scope="row">{text(criterion.label)}</th>
                <td>
                  {t('breakdown.meanOfMax', { mean: number.format(criterion.mean), max: number.format(criterion.max) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {stage.judges.length > 0 && (
        <table>
          <caption>{t('breakdown.judgesCaption', { stage: text(stage.name) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('breakdown.judge')}</th>
              <th scope="col">{t('breakdown.raw')}</th>
              <th scope="col">{t('breakdown.normalized')}</th>
              <th scope="col">{t('breakdown.counted')}</th>
            </tr>
          </thead>
          <tbody>
            {stage.judges.map((judge, i) => (
              <tr key={i} className={judge.dropped ? 'judge-dropped' : undefined}>
                <th scope="row">{t('breakdown.judgeNumber', { number: i + 1 })}</th>
                <td>{number.format(judge.raw)}</td>
                <td>{number.format(judge.normalized)}</td>
                <td>{judge.dropped ? t('breakdown.dropped') : t('breakdown.kept')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
