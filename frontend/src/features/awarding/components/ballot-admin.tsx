import { useRef, useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import type { BallotView, ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { votePath } from '../../voting/utils/paths'
import { useAdminBallot, useTally, type VoteFilter } from '../api/ballot'
import { BallotSettings } from './ballot-settings'
import { FraudSignals } from './fraud-signals'
import { TallySection } from './tally-section'
import { VoteList } from './vote-list'

/**
 * The organizer's public vote page: its settings; once it exists, the tally,
 * the fraud signals to review and the votes, which can be voided and
 * restored with a reason.
 */
export function BallotAdmin({ contest }: { contest: ContestView }) {
  const { t } = useI18n()
  const ballot = useAdminBallot(contest.id)
  const tally = useTally(contest.id, Boolean(ballot.data))
  const [filter, setFilter] = useState<VoteFilter>({})
  const votesRef = useRef<HTMLDivElement>(null)

  if (ballot.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(ballot.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (ballot.isPending || (ballot.data && tally.isPending)) return <p role="status">{t('app.loading')}</p>

  const showVotes = (next: VoteFilter) => {
    setFilter(next)
    votesRef.current?.querySelector<HTMLElement>('#votes-title')?.focus()
  }
  const b = ballot.data
  // The server counts voided votes too; any standing voter is enough to know votes exist.
  const hasVotes = (tally.data?.voters ?? 0) > 0 || (tally.data?.entries.length ?? 0) > 0
  return (
    <>
      {b ? <BallotState contest={contest} ballot={b} /> : <p className="lead">{t('awarding.ballot.none')}</p>}
      <BallotSettings contest={contest} ballot={b} hasVotes={hasVotes} />
      {b && (
        <>
          <TallySection contest={contest} />
          <FraudSignals contest={contest} onShowVotes={showVotes} />
          <div ref={votesRef}>
            <VoteList contest={contest} filter={filter} onFilter={setFilter} />
          </div>
        </>
      )}
    </>
  )
}

function BallotState({ contest, ballot }: { contest: ContestView; ballot: BallotView }) {
  const { t, language } = useI18n()
  const when = (at: string) => formatDateTimeInZone(at, contest.time_zone, language)
  const state =
    ballot.state === 'open'
      ? t('awarding.ballot.stateOpen', { closes: when(ballot.closes_at) })
      : ballot.state === 'upcoming'
        ? t('awarding.ballot.stateUpcoming', { opens: when(ballot.opens_at) })
        : t('awarding.ballot.stateClosed', { closed: when(ballot.closes_at) })
  return (
    <div className="panel">
      <p>{state}</p>
      <p>{t(ballot.max_votes === 1 ? 'awarding.ballot.ruleOne' : 'awarding.ballot.ruleMany', { max: ballot.max_votes })}</p>
      <p>
        <Link href={votePath(contest.id)}>{t('awarding.ballot.publicPage')}</Link>
      </p>
    </div>
  )
}
