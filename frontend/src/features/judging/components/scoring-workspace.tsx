import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import { ApiError } from '../../../lib/api-client'
import type { AssignmentView, ContestView, Declaration, ScoreView, StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { declare, getMyScore, judgingKeys, patchCachedAssignment, useJudgeEntry, useMyScore } from '../api/judging'
import { isTyping, useKeydown } from '../hooks/use-keydown'
import { stagePath } from '../utils/paths'
import { DeclarationForm } from './declaration-form'
import { JudgeEntry } from './judge-entry'
import { ScoreSheet } from './score-sheet'
import { ShortcutHelp } from './shortcut-help'

interface ScoringWorkspaceProps {
  stage: StageView
  contest: ContestView
  assignment: AssignmentView
  /** Absent at the ends of the list. */
  onPrevious?: () => void
  onNext?: () => void
}

/**
 * One assignment of a rubric stage: the declaration first, then the entry
 * on one side and the score sheet on the other, with previous/next entry.
 * Keyboard: J or Alt+→ next, K or Alt+← previous (unsaved scores are saved
 * first), ? shows the shortcuts. Render it with `key={assignment.id}`.
 */
export function ScoringWorkspace({ stage, contest, assignment, onPrevious, onNext }: ScoringWorkspaceProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [helpOpen, setHelpOpen] = useState(false)
  const flush = useRef<() => Promise<boolean>>(async () => true)
  const [declaredHere, setDeclaredHere] = useState(false)
  // What this screen learnt since the list was read (the list's cache is patched too).
  const [learnt, setLearnt] = useState<{ declaration: string | null } | null>(null)
  const declaration = learnt ? learnt.declaration : assignment.declaration

  const leave = async (go: (() => void) | undefined) => {
    if (go && (await flush.current())) go()
  }

  useKeydown((event) => {
    const typing = isTyping(event.target)
    if (event.altKey && event.key === 'ArrowRight') {
      event.preventDefault()
      void leave(onNext)
    } else if (event.altKey && event.key === 'ArrowLeft') {
      event.preventDefault()
      void leave(onPrevious)
    } else if (typing || event.ctrlKey || event.metaKey || event.altKey) {
      return
    } else if (event.key === 'j' || event.key === 'J') {
      void leave(onNext)
    } else if (event.key === 'k' || event.key === 'K') {
      void leave(onPrevious)
    } else if (event.key === '?') {
      setHelpOpen((open) => !open)
    } else if (event.key === 'Escape' && helpOpen) {
      setHelpOpen(false)
    }
  })

  const onDeclare = async (declaration: Declaration) => {
    const view = await declare(assignment.id, declaration)
    setDeclaredHere(true)
    setLearnt({ declaration: view.declaration ?? null })
    patchCachedAssignment(queryClient, stage.id, assignment.id, { declaration: view.declaration })
    if (declaration.conflict) void queryClient.invalidateQueries({ queryKey: judgingKeys.mine })
  }

  return (
    <div className="scoring">
      <nav aria-label={t('judging.assignment.nav')} className="entry-nav">
        <Button
          variant="secondary"
          disabled={!onPrevious}
          aria-keyshortcuts="K Alt+ArrowLeft"
          onClick={() => void leave(onPrevious)}
        >
          {t('judging.assignment.previous')}
        </Button>
        <Link href={stagePath(stage.id)}>{t('judging.assignment.backToList')}</Link>
        <Button variant="secondary" disabled={!onNext} aria-keyshortcuts="J Alt+ArrowRight" onClick={() => void leave(onNext)}>
          {t('judging.assignment.next')}
        </Button>
        <ShortcutHelp open={helpOpen} onToggle={() => setHelpOpen(!helpOpen)} />
      </nav>
      {declaration === 'conflict' ? (
        <div role="status" className="notice notice-success">
          <p>{t('judging.declaration.conflictRecorded')}</p>
        </div>
      ) : declaration === 'no_conflict' ? (
        <DeclaredAssignment
          stage={stage}
          contest={contest}
          assignment={assignment}
          registerFlush={(f) => (flush.current = f)}
          focusEntry={declaredHere}
          onUndeclared={() => setLearnt({ declaration: null })}
        />
      ) : (
        <DeclarationForm onDeclare={onDeclare} conflictOutcome={t('judging.declaration.conflictOutcome')} />
      )}
    </div>
  )
}

/** After "no conflict": the entry beside the score sheet. */
function DeclaredAssignment({
  stage,
  contest,
  assignment,
  registerFlush,
  focusEntry,
  onUndeclared,
}: {
  stage: StageView
  contest: ContestView
  assignment: AssignmentView
  registerFlush: (flush: () => Promise<boolean>) => void
  /** Just declared: move focus to the entry once it is shown (the form that had it is gone). */
  focusEntry: boolean
  /** The server says no declaration stands (the list was stale): back to the form. */
  onUndeclared: () => void
}) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const entry = useJudgeEntry(assignment.id, true)
  const score = useMyScore(assignment.id, true)

  // A list read before the declaration was withdrawn elsewhere: back to the form.
  const undeclared = entry.error instanceof ApiError && entry.error.code === 'declaration_required'
  useEffect(() => {
    if (!undeclared) return
    patchCachedAssignment(queryClient, stage.id, assignment.id, { declaration: null })
    onUndeclared()
  }, [undeclared, queryClient, stage.id, assignment.id, onUndeclared])

  const loaded = entry.data !== undefined && score.data !== undefined
  useEffect(() => {
    if (focusEntry && loaded) document.getElementById('judge-entry-title')?.focus()
  }, [focusEntry, loaded])

  const onSaved = (saved: ScoreView) => {
    queryClient.setQueryData(judgingKeys.score(assignment.id), saved)
    patchCachedAssignment(queryClient, stage.id, assignment.id, { score_status: saved.status })
    void queryClient.invalidateQueries({ queryKey: judgingKeys.mine })
  }

  const onReload = async () => {
    const fresh = await getMyScore(assignment.id)
    queryClient.setQueryData(judgingKeys.score(assignment.id), fresh)
    return fresh
  }

  const failure = (entry.isError && !undeclared ? entry.error : null) ?? (score.isError ? score.error : null)
  if (failure) {
    return (
      <ErrorAlert>
        <p>{errorMessage(failure, t)}</p>
      </ErrorAlert>
    )
  }
  if (!entry.data || score.data === undefined) return <p role="status">{t('app.loading')}</p>

  return (
    <div className="scoring-layout">
      <JudgeEntry entry={entry.data} contest={contest} headingId="judge-entry-title" />
      <ScoreSheet
        stage={stage}
        assignmentId={assignment.id}
        score={score.data}
        onSaved={onSaved}
        onReload={onReload}
        registerFlush={registerFlush}
      />
    </div>
  )
}
