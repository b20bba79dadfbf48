import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { formatDateInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { kindLabel, stateLabel } from '../utils/labels'

/** One contest in a list: title (the link), kind and state, organizer, key date. */
export function ContestCard({ contest, headingLevel = 3 }: { contest: ContestView; headingLevel?: 2 | 3 }) {
  const { language, t, text } = useI18n()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const upcoming = contest.state === 'published'
  const date = upcoming ? contest.opens_at : contest.closes_at
  const dateText = formatDateInZone(date, contest.time_zone, language)
  return (
    <article className="contest-card">
      <Heading className="contest-card-title">
        <Link href={`/contests/${encodeURIComponent(contest.id)}`}>{text(contest.title)}</Link>
      </Heading>
      <p className="contest-card-meta">
        <span className="badge">{kindLabel(contest.kind, t)}</span>{' '}
        <span className={`badge badge-state-${contest.state}`}>{stateLabel(contest.state, t)}</span>
      </p>
      <p>{text(contest.summary)}</p>
      <p className="contest-card-facts">
        <span>{t('contests.organizer', { name: text(contest.organizer) })}</span>
        <span>
          <time dateTime={isoInstant(date)}>
            {t(upcoming ? 'contests.opens' : 'contests.deadline', { date: dateText })}
          </time>
        </span>
      </p>
    </article>
  )
}
