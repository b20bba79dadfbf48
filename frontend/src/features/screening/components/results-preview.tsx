import type { ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import type { ContestView, StageView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useStage, useStageContest } from '../../judging/api/judging'
import { maxTotal } from '../../judging/utils/rubric'
import { organizePaths } from '../../organize/utils/paths'
import { downloadResultsCsv, downloadScoresCsv, usePanel, useStageResults } from '../api/stage-results'
import { parseStageResults, type PairwiseResults, type PanelMember, type ResultsView, type RubricResults } from '../api/shapes'
import { closeCalls, cutIndex } from '../utils/close-calls'
import { advanceShares, byCategory, judgeNumbers, pairwiseRows, rubricMargin, rubricRows } from '../utils/ranking'
import { CloseCallRule } from './close-call-rule'
import { DownloadButton } from './download-button'
import { PairwiseRanking } from './pairwise-ranking'
import { RubricRanking } from './rubric-ranking'

/** Rows per page of a rubric ranking: one `?ids=` request names them all. */
export const RANKING_PAGE_SIZE = 50

/**
 * A stage's results for its organizers: a preview computed now (or the
 * stored results once the stage is closed), the advance rule and the cut
 * line, each entry's breakdown, and the close calls highlighted with the
 * rule that finds them explained. Rubric and pairwise stages alike.
 */
export function ResultsPreview({ stageId }: { stageId: string }) {
  const { t } = useI18n()
  const stage = useStage(stageId)
  const contest = useStageContest(stage.data?.contest_id)
  const results = useStageResults(stageId)
  const failure = stage.error ?? contest.error ?? results.error

  return (
    <>
      <div className="screening-toolbar">
        <DownloadButton label={t('screening.export.results')} run={() => downloadResultsCsv(stageId)} />
        {stage.data?.mode !== 'pairwise' && (
          <DownloadButton label={t('screening.export.scores')} run={() => downloadScoresCsv(stageId)} />
        )}
      </div>
      {failure && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
      {!failure && (stage.isPending || contest.isPending || results.isPending) && <p role="status">{t('app.loading')}</p>}
      {stage.data && contest.data && results.data && (
        <ResultsBody stage={stage.data} contest={contest.data} view={results.data} />
      )}
    </>
  )
}

function ResultsBody({ stage, contest, view }: { stage: StageView; contest: ContestView; view: ResultsView }) {
  const { language, t } = useI18n()
  const parsed = parseStageResults(view)
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  const advance = stage.recipe.advance
  const pairwise = parsed.kind === 'pairwise'
  const rule =
    advance.type === 'top_n'
      ? t(pairwise ? 'screening.results.ruleTopNPerCategory' : 'screening.results.ruleTopN', { n: advance.n })
      : advance.type === 'threshold'
        ? t('screening.results.ruleThreshold', { score: number.format(advance.min_score) })
        : t('screening.results.ruleNone')

  return (
    <>
      <dl className="facts">
        <dt>{t('screening.results.source')}</dt>
        <dd>
          {view.stored ? t('screening.results.stored') : t('screening.results.preview')}{' '}
          <time dateTime={isoInstant(view.computed_at)}>
            {formatDateTimeInZone(view.computed_at, contest.time_zone, language)}
          </time>
        </dd>
        <dt>{t('screening.results.rule')}</dt>
        <dd>{rule}</dd>
        <dt>{t('screening.results.hashes')}</dt>
        <dd>
          <code className="screening-hash">{parsed.results.recipe_hash.slice(0, 12)}</code>{' '}
          <code className="screening-hash">{parsed.results.inputs_hash.slice(0, 12)}</code>
        </dd>
      </dl>
      {parsed.kind === 'rubric' ? (
        <RubricResultsSection stage={stage} contest={contest} results={parsed.results} view={view} />
      ) : (
        <PairwiseResultsSection contest={contest} results={parsed.results} />
      )}
    </>
  )
}

function RubricResultsSection({
  stage,
  contest,
  results,
  view,
}: {
  stage: StageView
  contest: ContestView
  results: RubricResults
  view: ResultsView
}) {
  const { language, t, text } = useI18n()
  const [params] = useSearchParams()
  const panel = usePanel(stage.id)
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  const margin = rubricMargin(stage.rubric)
  const rows = rubricRows(results.entries)
  const shares = advanceShares(view.close_calls)
  const calls = closeCalls(rows, { margin, flagged: new Set(shares.keys()), cutoffTie: results.cutoff_tie })
  const cut = cutIndex(rows)
  const judgeName = useJudgeName(results, panel.data)

  const pages = Math.max(1, Math.ceil(results.entries.length / RANKING_PAGE_SIZE))
  const pageNumber = Math.min(pages, Math.max(1, Number(params.get('page')) || 1))
  const start = (pageNumber - 1) * RANKING_PAGE_SIZE
  const shown = results.entries.slice(start, start + RANKING_PAGE_SIZE)
  const lineAt = cut === null ? null : cut + 1
  const aboveLine = lineAt !== null && lineAt >= start && lineAt <= start + shown.length ? lineAt - start : null
  const linePage = lineAt === null ? null : Math.max(1, Math.ceil(lineAt / RANKING_PAGE_SIZE))
  const pageHref = (n: number) => `${organizePaths.stageResults(stage.id)}?page=${n}`

  return (
    <>
      <CloseCallsSummary
        count={calls.size}
        rule={
          <CloseCallRule
            mode="rubric"
            margin={number.format(margin)}
            maxTotal={number.format(maxTotal(stage.rubric))}
            resampled={!view.stored}
          />
        }
        noLine={cut === null}
      />
      {results.cutoff_tie && <p className="notice">{t('screening.results.cutoffTie')}</p>}
      {results.entries.length === 0 ? (
        <p>{t('screening.results.empty')}</p>
      ) : (
        <section aria-labelledby="ranking-title">
          <h2 id="ranking-title">{t('screening.results.ranking')}</h2>
          <RubricRanking
            contest={contest}
            stage={stage}
            entries={shown}
            aboveLine={aboveLine}
            calls={calls}
            shares={shares}
            margin={number.format(margin)}
            judgeName={judgeName}
            caption={t('screening.results.caption', {
              stage: text(stage.name),
              from: start + 1,
              to: start + shown.length,
              total: results.entries.length,
            })}
          />
          {pages > 1 && (
            <nav aria-label={t('screening.results.pagination')} className="pagination">
              {pageNumber > 1 && (
                <Link href={pageHref(pageNumber - 1)} rel="prev">
                  {t('screening.results.previousRanks')}
                </Link>
              )}
              {linePage !== null && linePage !== pageNumber && (
                <Link href={pageHref(linePage)}>{t('screening.results.toCutLine')}</Link>
              )}
              {pageNumber < pages && (
                <Link href={pageHref(pageNumber + 1)} rel="next">
                  {t('screening.results.nextRanks')}
                </Link>
              )}
            </nav>
          )}
        </section>
      )}
    </>
  )
}

/** Judges by name where the panel says it, else by a number that is the same in every breakdown. */
function useJudgeName(results: RubricResults, panel: PanelMember[] | undefined) {
  const { t } = useI18n()
  const numbers = judgeNumbers(results.entries)
  const names = new Map((panel ?? []).filter((m) => m.user_id && m.display_name).map((m) => [m.user_id!, m.display_name!]))
  return (judgeId: string) => names.get(judgeId) ?? t('screening.breakdown.judgeNumber', { number: numbers.get(judgeId) ?? 0 })
}

function PairwiseResultsSection({ contest, results }: { contest: ContestView; results: PairwiseResults }) {
  const { t, text } = useI18n()
  const groups = byCategory(results.ranking).map((group) => ({
    ...group,
    calls: closeCalls(pairwiseRows(group.ranking), { margin: 0 }),
    noLine: cutIndex(pairwiseRows(group.ranking)) === null,
  }))
  const count = groups.reduce((sum, g) => sum + g.calls.size, 0)
  const categoryName = (key: string | null) => {
    const found = key ? contest.categories.find((c) => c.key === key) : undefined
    return found ? text(found.label) : (key ?? '')
  }
  return (
    <>
      <CloseCallsSummary
        count={count}
        rule={<CloseCallRule mode="pairwise" margin="" maxTotal="" resampled={false} />}
        noLine={groups.every((g) => g.noLine)}
      />
      {results.ranking.length === 0 ? (
        <p>{t('screening.results.empty')}</p>
      ) : (
        <section aria-labelledby="ranking-title">
          <h2 id="ranking-title">{t('screening.results.ranking')}</h2>
          {groups.map((group) => (
            <PairwiseRanking
              key={group.category ?? ''}
              contest={contest}
              ranking={group.ranking}
              calls={group.calls}
              caption={
                group.category
                  ? t('screening.results.categoryCaption', { category: categoryName(group.category) })
                  : t('screening.results.pairwiseCaption')
              }
            />
          ))}
        </section>
      )}
    </>
  )
}

function CloseCallsSummary({ count, rule, noLine }: { count: number; rule: ReactNode; noLine: boolean }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="close-calls-title">
      <h2 id="close-calls-title">{t('screening.rule.title')}</h2>
      <p role="status">
        {count === 0 ? t('screening.results.noCloseCalls') : t('screening.results.closeCallCount', { count })}
      </p>
      {noLine && <p>{t('screening.results.noLine')}</p>}
      {rule}
    </section>
  )
}
