import { useState, type FormEvent } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import type { BallotView, ContestView, Me } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { signInPath } from '../../../lib/navigation'
import { errorMessage } from '../../../lib/problem-messages'
import { useAuth } from '../../auth/hooks/use-auth'
import { entryTitle } from '../../judging/utils/answers'
import { useBallot, useBallotEntries, useMyVotes, useSaveMyVotes } from '../api/voting'
import { votePath } from '../utils/paths'
import { BallotChoice } from './ballot-choice'

/**
 * A contest's public vote, under the page's <h1>: the voting window in the
 * contest's time zone; while it is open, a signed-in citizen who may vote
 * ticks up to the allowed number of entries and saves.
 */
export function PublicVote({ contest }: { contest: ContestView }) {
  const { t } = useI18n()
  const ballot = useBallot(contest.id)

  if (ballot.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(ballot.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (ballot.isPending) return <p role="status">{t('app.loading')}</p>
  if (!ballot.data) return <p>{t('vote.none')}</p>

  const b = ballot.data
  return (
    <>
      <VotingWindow ballot={b} contest={contest} />
      {b.state === 'upcoming' && <p className="lead">{t('vote.upcoming')}</p>}
      {b.state === 'closed' && <p className="lead">{t('vote.closed')}</p>}
      {b.state === 'open' && <Voter ballot={b} contest={contest} />}
    </>
  )
}

function VotingWindow({ ballot, contest }: { ballot: BallotView; contest: ContestView }) {
  const { language, t } = useI18n()
  return (
    <dl className="facts">
      <dt>{t('vote.opensAt')}</dt>
      <dd>
        <time dateTime={isoInstant(ballot.opens_at)}>{formatDateTimeInZone(ballot.opens_at, contest.time_zone, language)}</time>
      </dd>
      <dt>{t('vote.closesAt')}</dt>
      <dd>
        <time dateTime={isoInstant(ballot.closes_at)}>{formatDateTimeInZone(ballot.closes_at, contest.time_zone, language)}</time>
      </dd>
    </dl>
  )
}

/** Who may vote: signed in, email verified, a child with a guardian's consent. */
function Voter({ ballot, contest }: { ballot: BallotView; contest: ContestView }) {
  const { t } = useI18n()
  const { state } = useAuth()
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>
  if (state.status === 'signed-out') {
    return (
      <p>
        {t('vote.signIn')} <Link href={signInPath(votePath(contest.id))}>{t('nav.signIn')}</Link>
      </p>
    )
  }
  if (state.user.restrictions.length > 0) return <Restricted user={state.user} />
  return <BallotForm ballot={ballot} contest={contest} />
}

function Restricted({ user }: { user: Me }) {
  const { t } = useI18n()
  return (
    <div className="panel">
      <p>{t('vote.restricted')}</p>
      <ul>
        {user.restrictions.map((restriction) => (
          <li key={restriction}>{t(`me.restriction.${restriction}`)}</li>
        ))}
      </ul>
      <p>
        <Link href="/me">{t('nav.me')}</Link>
      </p>
    </div>
  )
}

function BallotForm({ ballot, contest }: { ballot: BallotView; contest: ContestView }) {
  const { t } = useI18n()
  const entries = useBallotEntries(contest.id, true)
  const mine = useMyVotes(contest.id, true)
  const save = useSaveMyVotes(contest.id)
  // The voter's ticks before saving; null while they match the saved votes.
  const [chosen, setChosen] = useState<string[] | null>(null)

  const items = (entries.data?.pages ?? []).flatMap((page) => page.items)
  const titles = new Map(
    items.map((entry, i) => [entry.entry_id, entryTitle(contest.form, entry.answers as Record<string, unknown>) ?? t('vote.untitled', { number: i + 1 })]),
  )
  const saved = mine.data?.entries ?? []
  const selected = chosen ?? saved
  const max = mine.data?.max_votes ?? ballot.max_votes
  const full = selected.length >= max
  const changed = chosen !== null && (chosen.length !== saved.length || chosen.some((id) => !saved.includes(id)))

  const toggle = (entryId: string, on: boolean) => {
    save.reset()
    const next = on ? [...selected, entryId].slice(0, max) : selected.filter((id) => id !== entryId)
    setChosen(next)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (save.isPending) return
    save.mutate(selected, { onSuccess: () => setChosen(null) })
  }

  const failure = entries.error ?? mine.error
  if (failure && !entries.data) {
    return (
      <ErrorAlert>
        <p>{errorMessage(failure, t)}</p>
      </ErrorAlert>
    )
  }
  if (!entries.data || !mine.data) return <p role="status">{t('app.loading')}</p>

  return (
    <>
      <section aria-labelledby="my-votes-title" className="panel">
        <h2 id="my-votes-title">{t('vote.mine')}</h2>
        {saved.length === 0 ? (
          <p>{t('vote.noneYet')}</p>
        ) : (
          <ul>
            {saved.map((id) => (
              <li key={id}>{titles.get(id) ?? t('vote.notShownYet')}</li>
            ))}
          </ul>
        )}
      </section>

      <form onSubmit={submit} noValidate aria-labelledby="ballot-title">
        <fieldset>
          <legend>
            <h2 id="ballot-title" className="legend-heading">
              {t('vote.entries')}
            </h2>
          </legend>
          <p id="vote-limit" className="field-hint">
            {t('vote.limit', { max })}
          </p>
          {items.length === 0 ? (
            <p>{t('vote.empty')}</p>
          ) : (
            <ul className="work-grid">
              {items.map((entry) => (
                <li key={entry.entry_id}>
                  <BallotChoice
                    entry={entry}
                    contest={contest}
                    title={titles.get(entry.entry_id)!}
                    checked={selected.includes(entry.entry_id)}
                    full={full}
                    describedBy="vote-limit"
                    onToggle={(on) => toggle(entry.entry_id, on)}
                  />
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        {entries.hasNextPage && (
          <Button variant="secondary" busy={entries.isFetchingNextPage} onClick={() => void entries.fetchNextPage()}>
            {t('vote.more')}
          </Button>
        )}
        <p className="vote-count" aria-live="polite">
          {t('vote.chosen', { count: selected.length, max })}
          {full && ` ${t('vote.full')}`}
          {changed && ` ${t('vote.unsaved')}`}
        </p>
        {save.isError && (
          <ErrorAlert>
            <p>{errorMessage(save.error, t)}</p>
          </ErrorAlert>
        )}
        {save.isSuccess && (
          <StatusMessage>
            <p>{t('vote.saved', { count: save.data.entries.length })}</p>
          </StatusMessage>
        )}
        <div className="actions">
          <Button type="submit" busy={save.isPending}>
            {t('vote.save')}
          </Button>
        </div>
      </form>
    </>
  )
}
