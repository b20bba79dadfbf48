import { useState } from 'react'
import type { ContestView, StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import type { EntryResult } from '../api/shapes'
import type { CloseCallReason } from '../utils/close-calls'
import { CloseCallCell } from './close-call-cell'
import { useEntryNames, type EntryName } from '../hooks/use-entry-name'
import { EntryLabel } from './entry-label'
import { RankingTable, type RankingGroup } from './ranking-table'
import { ResultBreakdown } from './result-breakdown'

interface RankingProps {
  contest: ContestView
  stage: StageView
  /** This page's rows, in rank order. */
  entries: EntryResult[]
  /** How many of this page's rows sit above the cut line; null when the line is not on this page. */
  aboveLine: number | null
  calls: Map<string, CloseCallReason[]>
  shares: Map<string, number>
  margin: string
  judgeName: (judgeId: string) => string
  caption: string
}

/**
 * A rubric stage's ranking: one row per entry with its parts and final
 * score, the cut line as the boundary between the advancing and the other
 * entries (two row groups, each headed), close calls marked in words and
 * colour, and each entry's breakdown opened under its row.
 */
export function RubricRanking({ contest, stage, entries, aboveLine, calls, shares, margin, judgeName, caption }: RankingProps) {
  const { t } = useI18n()
  const nameOf = useEntryNames(
    contest,
    entries.map((e) => e.entry),
  )
  const blended = Boolean(stage.recipe.blend) || entries.some((e) => e.public !== null && e.public !== undefined)
  const columns = 8 + (blended ? 1 : 0)
  const groups: RankingGroup<EntryResult>[] =
    aboveLine === null
      ? [{ key: 'all', label: null, rows: entries }]
      : [
          { key: 'above', label: t('screening.results.above'), rows: entries.slice(0, aboveLine) },
          { key: 'below', label: t('screening.results.below'), rows: entries.slice(aboveLine) },
        ].filter((g) => g.rows.length > 0)

  return (
    <RankingTable
      caption={caption}
      columns={columns}
      scoreHeadings={
        <>
          <th scope="col" className="number">
            {t('screening.results.judges')}
          </th>
          <th scope="col" className="number">
            {t('screening.results.jury')}
          </th>
          {blended && (
            <th scope="col" className="number">
              {t('screening.results.public')}
            </th>
          )}
          <th scope="col" className="number">
            {t('screening.results.bonus')}
          </th>
          <th scope="col" className="number">
            {t('screening.results.final')}
          </th>
        </>
      }
      groups={groups}
      renderRow={(result) => (
        <RubricRow
          key={result.entry}
          contest={contest}
          stage={stage}
          result={result}
          name={nameOf(result.entry)}
          blended={blended}
          columns={columns}
          reasons={calls.get(result.entry)}
          share={shares.get(result.entry)}
          margin={margin}
          judgeName={judgeName}
        />
      )}
    />
  )
}

function RubricRow({
  contest,
  stage,
  result,
  name,
  blended,
  columns,
  reasons,
  share,
  margin,
  judgeName,
}: {
  contest: ContestView
  stage: StageView
  result: EntryResult
  name: EntryName
  blended: boolean
  columns: number
  reasons: CloseCallReason[] | undefined
  share: number | undefined
  margin: string
  judgeName: (judgeId: string) => string
}) {
  const { language, t } = useI18n()
  const [open, setOpen] = useState(false)
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  const format = (value: number | null | undefined) =>
    value === null || value === undefined ? t('screening.none') : number.format(value)
  const breakdownId = `breakdown-${result.entry}`
  return (
    <>
      <tr id={`result-${result.entry}`} className={reasons ? 'close-call' : undefined}>
        <td className="number">
          {result.rank === null
            ? t('screening.results.unranked')
            : result.tied
              ? t('screening.results.tiedRank', { rank: result.rank })
              : result.rank}
        </td>
        <th scope="row">
          <EntryLabel entryId={result.entry} contest={contest} name={name} />
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={open}
            aria-controls={breakdownId}
            aria-label={t('screening.results.breakdownOf', { entry: name.receipt })}
            onClick={() => setOpen(!open)}
          >
            {t('screening.results.breakdown')}
          </button>
        </th>
        <td className="number">{result.judges.length}</td>
        <td className="number">{format(result.jury)}</td>
        {blended && <td className="number">{format(result.public)}</td>}
        <td className="number">{number.format(result.bonus)}</td>
        <td className="number">{format(result.final_score)}</td>
        <td>{result.advances ? t('screening.results.yes') : t('screening.results.no')}</td>
        <td>
          <CloseCallCell reasons={reasons} advanceShare={share} margin={margin} pairwise={false} />
        </td>
      </tr>
      {open && (
        <tr className="breakdown-row">
          <td colSpan={columns}>
            <ResultBreakdown id={breakdownId} entry={name.receipt} result={result} stage={stage} judgeName={judgeName} />
          </td>
        </tr>
      )}
    </>
  )
}
