import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import type { PairwiseRanked } from '../api/shapes'
import type { CloseCallReason } from '../utils/close-calls'
import { cutIndex } from '../utils/close-calls'
import { pairwiseRows } from '../utils/ranking'
import { CloseCallCell } from './close-call-cell'
import { useEntryNames, type EntryName } from '../hooks/use-entry-name'
import { EntryLabel } from './entry-label'
import { RankingTable, type RankingGroup } from './ranking-table'

const COLUMNS = 7

/**
 * One category's pairwise ranking: strength μ with its uncertainty σ, how
 * often each entry was shown, who advances, the cut line between the row
 * groups, and close calls marked.
 */
export function PairwiseRanking({
  contest,
  ranking,
  calls,
  caption,
}: {
  contest: ContestView
  ranking: PairwiseRanked[]
  calls: Map<string, CloseCallReason[]>
  caption: string
}) {
  const { t } = useI18n()
  const nameOf = useEntryNames(
    contest,
    ranking.map((row) => row.entry_id),
  )
  const cut = cutIndex(pairwiseRows(ranking))
  const groups: RankingGroup<PairwiseRanked>[] =
    cut === null
      ? [{ key: 'all', label: null, rows: ranking }]
      : [
          { key: 'above', label: t('screening.results.above'), rows: ranking.slice(0, cut + 1) },
          { key: 'below', label: t('screening.results.below'), rows: ranking.slice(cut + 1) },
        ]
  return (
    <RankingTable
      caption={caption}
      columns={COLUMNS}
      scoreHeadings={
        <>
          <th scope="col" className="number">
            {t('screening.results.mu')}
          </th>
          <th scope="col" className="number">
            {t('screening.results.sigma')}
          </th>
          <th scope="col" className="number">
            {t('screening.results.views')}
          </th>
        </>
      }
      groups={groups}
      renderRow={(row) => (
        <PairwiseRow
          key={row.entry_id}
          contest={contest}
          row={row}
          name={nameOf(row.entry_id)}
          reasons={calls.get(row.entry_id)}
        />
      )}
    />
  )
}

function PairwiseRow({
  contest,
  row,
  name,
  reasons,
}: {
  contest: ContestView
  row: PairwiseRanked
  name: EntryName
  reasons: CloseCallReason[] | undefined
}) {
  const { language, t } = useI18n()
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 3 })
  return (
    <tr id={`result-${row.entry_id}`} className={reasons ? 'close-call' : undefined}>
      <td className="number">{row.rank}</td>
      <th scope="row">
        <EntryLabel entryId={row.entry_id} contest={contest} name={name} />
      </th>
      <td className="number">{number.format(row.mu)}</td>
      <td className="number">{number.format(row.sigma)}</td>
      <td className="number">{row.views}</td>
      <td>{row.advances ? t('screening.results.yes') : t('screening.results.no')}</td>
      <td>
        <CloseCallCell reasons={reasons} advanceShare={undefined} margin="" pairwise />
      </td>
    </tr>
  )
}
