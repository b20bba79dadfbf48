import { Link } from '../../../components/ui/link'
import type { MyEntry } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { useContest } from '../../contests/api/contests'
import { useAnnouncement } from '../api/results'
import { resultsPath } from '../utils/paths'
import { CreditControl } from './credit-control'
import { EntryResult } from './entry-result'

/**
 * For each submitted entry: its result once the contest's results are out
 * (else when they will be), and how the entrant is credited in them.
 */
export function MyResults({ entries }: { entries: MyEntry[] }) {
  const { t } = useI18n()
  const submitted = entries.filter((entry) => entry.status === 'submitted')
  if (submitted.length === 0) return null
  return (
    <section aria-labelledby="my-results-title" className="my-results">
      <h2 id="my-results-title">{t('myResult.title')}</h2>
      {submitted.map((entry) => (
        <EntryOutcome key={entry.id} entry={entry} />
      ))}
    </section>
  )
}

function EntryOutcome({ entry }: { entry: MyEntry }) {
  const { t, text } = useI18n()
  const announcement = useAnnouncement(entry.contest_id)
  const published = Boolean(announcement.data?.published_at)
  const headingId = `outcome-${entry.id}`
  return (
    <article aria-labelledby={headingId} className="panel entry-outcome">
      <h3 id={headingId}>{text(entry.contest_title)}</h3>
      {entry.receipt_number && <p className="aside">{t('entry.receipt', { number: entry.receipt_number })}</p>}
      {announcement.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : published ? (
        <>
          <EntryResult entryId={entry.id} />
          <p>
            <Link href={resultsPath(entry.contest_id)}>{t('myResult.allResults', { contest: text(entry.contest_title) })}</Link>
          </p>
        </>
      ) : announcement.data ? (
        <AnnouncementDate contestId={entry.contest_id} at={announcement.data.announce_at} />
      ) : (
        <p>{t('myResult.notScheduled')}</p>
      )}
      {!announcement.isPending && <CreditControl entryId={entry.id} published={published} team={Boolean(entry.team_id)} />}
    </article>
  )
}

/** "Results are announced on …", in the contest's time zone (the entry list does not carry it). */
function AnnouncementDate({ contestId, at }: { contestId: string; at: string }) {
  const { language, t } = useI18n()
  const contest = useContest(contestId)
  if (!contest.data) return null
  return (
    <p>
      {t('results.announceAtLabel')}{' '}
      <time dateTime={isoInstant(at)}>{formatDateTimeInZone(at, contest.data.time_zone, language)}</time>
    </p>
  )
}
