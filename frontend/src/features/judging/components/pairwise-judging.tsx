import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { ContestView, Declaration, PairwiseSlot, PairwiseState, StageView } from '../../../lib/api/types'
import { useI18n, type MessageKey } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { declare, judgingKeys, useJudgeEntry } from '../api/judging'
import { skip, usePairwiseAction, usePairwiseState, type PairwiseAction } from '../api/pairwise'
import { entryTitle } from '../utils/answers'
import { DeclarationForm } from './declaration-form'
import { JudgeEntry } from './judge-entry'
import { SkipForm } from './skip-form'

const DONE: Record<PairwiseAction['kind'], MessageKey> = {
  begin: 'judging.pairwise.begun',
  next: 'judging.pairwise.handedNext',
  vote: 'judging.pairwise.voted',
  skip: 'judging.pairwise.skipped',
  undo: 'judging.pairwise.undone',
}

/**
 * A pairwise final: the judge is handed one entry after another, declares
 * on each before it opens, and after the first says which of the last two
 * was better. Skip (absent team, or a conflict with a note) and undo (for a
 * minute after a vote) are at hand; what happened is announced politely.
 */
export function PairwiseJudging({ stage, contest }: { stage: StageView; contest: ContestView }) {
  const { t } = useI18n()
  const state = usePairwiseState(stage.id)
  const action = usePairwiseAction(stage.id)
  const [announcement, setAnnouncement] = useState('')
  const open = stage.state === 'scoring'

  const announce = (kind: PairwiseAction['kind']) => setAnnouncement(t(DONE[kind]))
  const act = (move: PairwiseAction) =>
    action.mutate(move, {
      onSuccess: () => {
        announce(move.kind)
        if (move.kind === 'undo') document.getElementById('pairwise-question')?.focus()
      },
    })

  if (state.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(state.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (state.data === undefined) return <p role="status">{t('app.loading')}</p>

  const current = state.data
  return (
    <div className="pairwise">
      <p role="status" className="save-status">
        {announcement}
      </p>
      {action.isError && (
        <ErrorAlert>
          <p>{errorMessage(action.error, t)}</p>
        </ErrorAlert>
      )}
      {!open && (
        <ErrorAlert>
          <p>{t(stage.state === 'upcoming' ? 'judging.score.notOpenYet' : 'judging.score.closed')}</p>
        </ErrorAlert>
      )}
      {current === null ? (
        <section aria-labelledby="pairwise-begin-title" className="panel">
          <h2 id="pairwise-begin-title">{t('judging.pairwise.howTitle')}</h2>
          <p>{t('judging.pairwise.how')}</p>
          {open && (
            <Button busy={action.isPending} onClick={() => act({ kind: 'begin' })}>
              {t('judging.pairwise.begin')}
            </Button>
          )}
        </section>
      ) : (
        <PairwiseRound
          stage={stage}
          contest={contest}
          state={current}
          busy={action.isPending}
          open={open}
          act={act}
          announce={announce}
        />
      )}
    </div>
  )
}

function PairwiseRound({
  stage,
  contest,
  state,
  busy,
  open,
  act,
  announce,
}: {
  stage: StageView
  contest: ContestView
  state: PairwiseState
  busy: boolean
  open: boolean
  act: (move: PairwiseAction) => void
  announce: (kind: PairwiseAction['kind']) => void
}) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const previous = useSlotEntry(state.previous ?? null, contest)
  const current = useSlotEntry(state.current ?? null, contest)
  const slot = state.current ?? null

  const onDeclare = async (declaration: Declaration) => {
    if (!slot) return
    if (declaration.conflict) {
      // A conflict in a final skips the entry: the skip records the declaration and hands out another.
      const next = await skip(stage.id, { reason: 'conflict', note: declaration.reason })
      queryClient.setQueryData(judgingKeys.pairwise(stage.id), next)
      announce('skip')
      return
    }
    const view = await declare(slot.assignment_id, declaration)
    queryClient.setQueryData<PairwiseState | null>(judgingKeys.pairwise(stage.id), (data) =>
      data?.current?.assignment_id === slot.assignment_id
        ? { ...data, current: { ...data.current, declaration: view.declaration } }
        : data,
    )
  }

  const previousTitle = previous.title ?? t('judging.pairwise.untitled')
  const currentTitle = current.title ?? t('judging.pairwise.untitled')
  return (
    <>
      <div className="pairwise-status">
        <p>{t('judging.pairwise.votes', { votes: state.votes })}</p>
        {state.can_undo && open && (
          <Button variant="secondary" busy={busy} onClick={() => act({ kind: 'undo' })}>
            {t('judging.pairwise.undo')}
          </Button>
        )}
      </div>
      {state.previous && (
        <p className="pairwise-previous">
          {t('judging.pairwise.previousWas', { title: previousTitle })}
        </p>
      )}
      {!slot ? (
        <p>{t('judging.pairwise.allSeen')}</p>
      ) : slot.declaration !== 'no_conflict' ? (
        <DeclarationForm key={`declare-${slot.assignment_id}`} onDeclare={onDeclare} conflictOutcome={t('judging.pairwise.conflictOutcome')} />
      ) : current.entry ? (
        <>
          <JudgeEntry entry={current.entry} contest={contest} headingId="judge-entry-title" />
          {open &&
            (state.previous ? (
              <section className="panel pairwise-vote" aria-labelledby="pairwise-question">
                <h2 id="pairwise-question" tabIndex={-1}>
                  {t('judging.pairwise.question')}
                </h2>
                <div className="actions">
                  <Button busy={busy} onClick={() => act({ kind: 'vote', better: 'previous' })}>
                    {t('judging.pairwise.previousBetter', { title: previousTitle })}
                  </Button>
                  <Button busy={busy} onClick={() => act({ kind: 'vote', better: 'current' })}>
                    {t('judging.pairwise.currentBetter', { title: currentTitle })}
                  </Button>
                </div>
              </section>
            ) : (
              <section className="panel pairwise-vote" aria-labelledby="pairwise-question">
                <h2 id="pairwise-question" tabIndex={-1}>
                  {t('judging.pairwise.firstTitle')}
                </h2>
                <p>{t('judging.pairwise.firstLead')}</p>
                <Button busy={busy} onClick={() => act({ kind: 'next' })}>
                  {t('judging.pairwise.next')}
                </Button>
              </section>
            ))}
        </>
      ) : current.error ? (
        <ErrorAlert>
          <p>{errorMessage(current.error, t)}</p>
        </ErrorAlert>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
      {slot && open && <SkipForm key={`skip-${slot.assignment_id}`} busy={busy} onSkip={(body) => act({ kind: 'skip', body })} />}
    </>
  )
}

/** The entry in a slot once it may be read (declared "no conflict"), with its short title. */
function useSlotEntry(slot: PairwiseSlot | null, contest: ContestView) {
  const query = useJudgeEntry(slot?.assignment_id ?? '', slot?.declaration === 'no_conflict')
  const entry = slot?.declaration === 'no_conflict' ? query.data : undefined
  const title = entry ? entryTitle(contest.form, entry.answers as Record<string, unknown>) : null
  return { entry, error: query.error, title }
}
