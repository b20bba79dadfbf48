import type { ReactNode } from 'react'
import { useI18n } from '../../../lib/i18n'

/** Rows under one heading of a ranking: all of them, or those above or below the cut line. */
export interface RankingGroup<Row> {
  key: string
  label: string | null
  rows: Row[]
}

/**
 * The frame both rankings share: a scrollable, captioned table whose head
 * names the rank, the entry, the method's own `scoreHeadings`, whether it
 * advances and any close call, and one row group per `groups` item, headed
 * by the cut line's label when it has one.
 */
export function RankingTable<Row>({
  caption,
  columns,
  scoreHeadings,
  groups,
  renderRow,
}: {
  caption: string
  /** How many columns a row spans (for the cut line's heading). */
  columns: number
  scoreHeadings: ReactNode
  groups: RankingGroup<Row>[]
  renderRow: (row: Row) => ReactNode
}) {
  const { t } = useI18n()
  return (
    <div className="table-scroll screening-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="ranking-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('screening.results.rank')}
            </th>
            <th scope="col">{t('screening.results.entry')}</th>
            {scoreHeadings}
            <th scope="col">{t('screening.results.advances')}</th>
            <th scope="col">{t('screening.results.closeCall')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key}>
            {group.label && (
              <tr className="cut-line">
                <th scope="rowgroup" colSpan={columns}>
                  {group.label}
                </th>
              </tr>
            )}
            {group.rows.map(renderRow)}
          </tbody>
        ))}
      </table>
    </div>
  )
}
