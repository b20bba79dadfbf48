import { Fragment, useState, type FormEvent } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import type { ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useSetVoided, useVotes, type VoteFilter } from '../api/ballot'
import type { VoteView } from '../api/types'
import { useEntryNames } from '../hooks/use-entry-names'
import { serverFieldErrors } from '../utils/field-errors'
import { ReasonField } from './reason-field'

/**
 * The ballot's votes, newest pages on demand, narrowed to one network or
 * one voter (what the API filters by); each vote can be voided with a
 * reason, and a voided one restored with a reason. Both are audited.
 */
export function VoteList({
  contest,
  filter,
  onFilter,
}: {
  contest: ContestView
  filter: VoteFilter
  onFilter: (filter: VoteFilter) => void
}) {
  const { t, language } = useI18n()
  const votes = useVotes(contest.id, filter, true)
  const [acting, setActing] = useState<string | null>(null)
  const [done, setDone] = useState<{ voided: boolean } | null>(null)
  const items = (votes.data?.pages ?? []).flatMap((page) => page.items)
  const { label: entryLabel } = useEntryNames(
    contest,
    items.map((vote) => vote.entry_id),
  )

  return (
    <section aria-labelledby="votes-title" className="awarding-section">
      <h2 id="votes-title" tabIndex={-1}>
        {t('awarding.votes.title')}
      </h2>
      <VoteFilterForm key={`${filter.network ?? ''}|${filter.voterId ?? ''}`} filter={filter} onFilter={onFilter} />
      {done && (
        <StatusMessage>
          <p>{t(done.voided ? 'awarding.votes.voidedDone' : 'awarding.votes.restoredDone')}</p>
        </StatusMessage>
      )}
      {votes.isError && (
        <ErrorAlert>
          <p>{errorMessage(votes.error, t)}</p>
        </ErrorAlert>
      )}
      {votes.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('awarding.votes.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('awarding.votes.castAt')}</th>
                <th scope="col">{t('awarding.votes.entry')}</th>
                <th scope="col">{t('awarding.votes.voter')}</th>
                <th scope="col">{t('awarding.votes.network')}</th>
                <th scope="col">{t('awarding.votes.status')}</th>
                <th scope="col">{t('awarding.votes.action')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((vote) => {
                const voided = Boolean(vote.voided_at)
                const name = t('awarding.votes.voteNamed', { voter: vote.voter_id, entry: entryLabel(vote.entry_id) })
                return (
                  <Fragment key={vote.id}>
                    <tr className={voided ? 'vote-void' : undefined}>
                      <td>
                        <time dateTime={isoInstant(vote.created_at)}>
                          {formatDateTimeInZone(vote.created_at, contest.time_zone, language)}
                        </time>
                      </td>
                      <td>{entryLabel(vote.entry_id)}</td>
                      <td>
                        <code>{vote.voter_id}</code>
                      </td>
                      <td>{vote.network ? <code>{vote.network}</code> : t('awarding.votes.noNetwork')}</td>
                      <td>
                        {voided
                          ? t('awarding.votes.voided', { reason: vote.void_reason ?? '' })
                          : t('awarding.votes.counts')}
                      </td>
                      <td>
                        <Button
                          variant="secondary"
                          className="button-small"
                          aria-expanded={acting === vote.id}
                          aria-label={t(voided ? 'awarding.votes.restoreNamed' : 'awarding.votes.voidNamed', { vote: name })}
                          onClick={() => {
                            setDone(null)
                            setActing(acting === vote.id ? null : vote.id)
                          }}
                        >
                          {t(voided ? 'awarding.votes.restore' : 'awarding.votes.void')}
                        </Button>
                      </td>
                    </tr>
                    {acting === vote.id && (
                      <tr>
                        <td colSpan={6}>
                          <VoidForm
                            contestId={contest.id}
                            vote={vote}
                            name={name}
                            onDone={(changed) => {
                              setActing(null)
                              if (changed) setDone({ voided: !voided })
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {votes.hasNextPage && (
        <Button variant="secondary" busy={votes.isFetchingNextPage} onClick={() => void votes.fetchNextPage()}>
          {t('awarding.votes.more')}
        </Button>
      )}
    </section>
  )
}

function VoteFilterForm({ filter, onFilter }: { filter: VoteFilter; onFilter: (filter: VoteFilter) => void }) {
  const { t } = useI18n()
  const [network, setNetwork] = useState(filter.network ?? '')
  const [voterId, setVoterId] = useState(filter.voterId ?? '')
  const filtered = Boolean(filter.network || filter.voterId)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onFilter({ network: network.trim() || undefined, voterId: voterId.trim() || undefined })
  }
  return (
    <form onSubmit={submit} role="search" aria-label={t('awarding.votes.filter')} className="panel">
      <div className="vote-filter">
        <Field id="votes-network" label={t('awarding.votes.filterNetwork')} hint={t('awarding.votes.filterNetworkHint')} value={network} onChange={(e) => setNetwork(e.target.value)} />
        <Field id="votes-voter" label={t('awarding.votes.filterVoter')} value={voterId} onChange={(e) => setVoterId(e.target.value)} />
      </div>
      <div className="actions">
        <Button type="submit" variant="secondary">
          {t('awarding.votes.applyFilter')}
        </Button>
        {filtered && (
          <Button variant="secondary" onClick={() => onFilter({})}>
            {t('awarding.votes.clearFilter')}
          </Button>
        )}
      </div>
    </form>
  )
}

/** Voiding (or restoring) one vote, with the reason the audit trail keeps. */
function VoidForm({ contestId, vote, name, onDone }: { contestId: string; vote: VoteView; name: string; onDone: (changed: boolean) => void }) {
  const { t } = useI18n()
  const setVoided = useSetVoided(contestId)
  const voiding = !vote.voided_at
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [attempt, setAttempt] = useState(0)
  const id = `vote-${vote.id}-reason`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (setVoided.isPending) return
    setAttempt(attempt + 1)
    if (!reason.trim()) {
      setError(t('awarding.fieldError.reasonRequired'))
      return
    }
    setError(undefined)
    setVoided.mutate(
      { voteId: vote.id, reason: reason.trim(), void: voiding },
      { onSuccess: () => onDone(true), onError: (failure) => setError(serverFieldErrors(failure, t).reason) },
    )
  }

  const title = t(voiding ? 'awarding.votes.voidTitle' : 'awarding.votes.restoreTitle', { vote: name })
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="void-form">
      <p>{t(voiding ? 'awarding.votes.voidExplain' : 'awarding.votes.restoreExplain')}</p>
      {error && <ErrorSummary key={attempt} title={t('awarding.votes.errorTitle')} items={[{ message: error, fieldId: id }]} />}
      {setVoided.isError && !error && (
        <ErrorAlert>
          <p>{errorMessage(setVoided.error, t)}</p>
        </ErrorAlert>
      )}
      <ReasonField
        id={id}
        label={t(voiding ? 'awarding.votes.voidReason' : 'awarding.votes.restoreReason')}
        value={reason}
        error={error}
        onChange={setReason}
      />
      <div className="actions">
        <Button type="submit" busy={setVoided.isPending}>
          {t(voiding ? 'awarding.votes.confirmVoid' : 'awarding.votes.confirmRestore')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('awarding.override.cancel')}
        </Button>
      </div>
    </form>
  )
}
