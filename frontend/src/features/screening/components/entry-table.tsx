import { ScreeningLink as Link } from './screening-link'
import type { ContestView } from '../../../lib/api/types'
import { isoInstant, timeZoneName } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { entryTitle } from '../../judging/utils/answers'
import type { ScreenedEntry } from '../api/shapes'
import { formatDateTimeShort } from '../utils/time'
import { ScreeningBadge } from './screening-badge'

/**
 * One page of the screening list. Each receipt number is a link that opens
 * the entry's detail beside the list (its URL names the entry, so it can be
 * shared); links are reached with Tab and followed with Enter.
 */
export function EntryTable({
  entries,
  contest,
  entryHref,
  selectedId,
}: {
  entries: ScreenedEntry[]
  contest: ContestView
  entryHref: (entryId: string) => string
  selectedId: string | null
}) {
  const { language, t, text } = useI18n()
  // The zone's name can depend on the date (summer time): named for this page's first entry.
  const sample = entries.find((e) => e.submitted_at)?.submitted_at ?? entries[0]?.created_at
  const zone = sample ? timeZoneName(sample, contest.time_zone, language) : contest.time_zone
  const categoryLabel = (key: string | null | undefined) => {
    if (!key) return t('screening.none')
    const found = contest.categories.find((c) => c.key === key)
    return found ? text(found.label) : key
  }
  const receiptOf = (id: string | null | undefined) => entries.find((e) => e.id === id)?.receipt_number ?? null

  return (
    <div className="table-scroll screening-scroll" tabIndex={0} role="group" aria-labelledby="screening-table-caption">
      <table className="screening-table">
        <caption id="screening-table-caption">{t('screening.table.caption', { count: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('screening.table.receipt')}</th>
            <th scope="col">{t('screening.table.title')}</th>
            <th scope="col">{t('screening.table.entrant')}</th>
            <th scope="col">{t('screening.table.category')}</th>
            <th scope="col">{t('screening.table.status')}</th>
            <th scope="col">{t('screening.table.submitted', { zone })}</th>
            <th scope="col">{t('screening.table.screening')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const title = entryTitle(contest.form, entry.answers as Record<string, unknown>)
            const duplicateOf = receiptOf(entry.duplicate_of)
            return (
              <tr key={entry.id} aria-current={entry.id === selectedId || undefined}>
                <th scope="row">
                  <Link href={entryHref(entry.id)}>{entry.receipt_number ?? t('screening.noReceipt')}</Link>
                </th>
                <td>{title ?? t('screening.untitled')}</td>
                <td>
                  {entry.entrant}
                  {entry.team_id && (
                    <>
                      {' '}
                      <span className="badge">{t('screening.team')}</span>
                    </>
                  )}
                </td>
                <td>{categoryLabel(entry.category)}</td>
                <td>{t(entry.status === 'withdrawn' ? 'screening.status.withdrawn' : 'screening.status.submitted')}</td>
                <td>
                  {entry.submitted_at ? (
                    <time dateTime={isoInstant(entry.submitted_at)}>
                      {formatDateTimeShort(entry.submitted_at, contest.time_zone, language)}
                    </time>
                  ) : (
                    t('screening.none')
                  )}
                </td>
                <td>
                  <ScreeningBadge state={entry.screening} />
                  {entry.duplicate_of && (
                    <span className="screening-flag">
                      <Link href={entryHref(entry.duplicate_of)}>
                        {duplicateOf ? t('screening.flag.duplicateOf', { receipt: duplicateOf }) : t('screening.flag.duplicate')}
                      </Link>
                    </span>
                  )}
                  {entry.duplicate_group && !entry.duplicate_of && (
                    <span className="screening-flag">{t('screening.flag.original')}</span>
                  )}
                  {entry.near_duplicate_photo && <span className="screening-flag">{t('screening.flag.photo')}</span>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
