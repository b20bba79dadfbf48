/**
 * The entry being written: its answers, autosaved to the server (debounced,
 * with the optimistic `version`), and kept in localStorage until the server
 * has them — signed out, offline, or between autosaves.
 *
 * Saves run one at a time through a promise chain; an edit made while a save
 * is in flight is saved by the next one. A 409 `version_conflict` stops
 * autosaving until the person reloads the newer version.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, NetworkError } from '../../../lib/api-client'
import type { ContestView, EntryView, FieldError } from '../../../lib/api/types'
import { randomId } from '../../../lib/random-id'
import { createEntry, getEntry, saveEntry } from '../api/entries'
import { toAnswers, toFormValues, type FormValues, type InputValue } from '../utils/answers'
import { readLocalDraft, removeLocalDraft, writeLocalDraft } from '../utils/local-draft'

export const AUTOSAVE_DELAY_MS = 1200

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'local' }
  | { kind: 'offline' }
  | { kind: 'conflict' }
  | { kind: 'error'; error: unknown }

interface Options {
  contest: ContestView
  initialEntry: EntryView | null
  signedIn: boolean
  /** Called once the first save has created the draft on the server. */
  onCreated: (entry: EntryView) => void
  /**
   * The team a new entry is for (null: the person's own). Undefined while it is
   * not known yet: the draft is then kept on this device, not created as the wrong one.
   */
  teamId: string | null | undefined
}

export function useEntryDraft({ contest, initialEntry, signedIn, onCreated, teamId }: Options) {
  const form = contest.form
  // Read once, at mount: what this device kept that the server may not have.
  const [kept] = useState(() => {
    const local = readLocalDraft(contest.id)
    const belongs = local !== null && (local.entryId === null || local.entryId === initialEntry?.id)
    return belongs && local.unsaved ? local : null
  })

  const [entry, setEntryState] = useState<EntryView | null>(initialEntry)
  const [values, setValues] = useState<FormValues>(() => kept?.values ?? toFormValues(form, initialEntry?.answers))
  const [category, setCategoryState] = useState<string | null>(kept?.category ?? initialEntry?.category ?? null)
  const [status, setStatusState] = useState<SaveStatus>(kept ? { kind: 'unsaved' } : { kind: 'idle' })
  const [serverErrors, setServerErrors] = useState<FieldError[]>([])

  const entryRef = useRef(entry)
  const valuesRef = useRef(values)
  const categoryRef = useRef(category)
  const statusRef = useRef(status)
  const signedInRef = useRef(signedIn)
  const edits = useRef(kept ? 1 : 0)
  const savedEdits = useRef(0)
  const chain = useRef<Promise<EntryView | null>>(Promise.resolve(entry))
  const timer = useRef<number | undefined>(undefined)
  const idempotencyKey = useRef(kept?.idempotencyKey || randomId())
  const onCreatedRef = useRef(onCreated)
  const teamIdRef = useRef(teamId)
  // Effects run in order: these refs are current before the effects below use them.
  useEffect(() => {
    onCreatedRef.current = onCreated
    signedInRef.current = signedIn
    teamIdRef.current = teamId
  })

  const setStatus = (next: SaveStatus) => {
    statusRef.current = next
    setStatusState(next)
  }

  const setEntry = useCallback((next: EntryView) => {
    entryRef.current = next
    setEntryState(next)
  }, [])

  const keepLocally = useCallback(() => {
    writeLocalDraft({
      contestId: contest.id,
      entryId: entryRef.current?.id ?? null,
      baseVersion: entryRef.current?.version ?? null,
      values: valuesRef.current,
      category: categoryRef.current,
      idempotencyKey: idempotencyKey.current,
      unsaved: true,
      updatedAt: new Date().toISOString(),
    })
  }, [contest.id])

  const saveOnce = useCallback(async (): Promise<EntryView | null> => {
    if (statusRef.current.kind === 'conflict') return null
    const current = entryRef.current
    const editsAtStart = edits.current
    if (current && editsAtStart === savedEdits.current) return current
    if (!signedInRef.current) {
      setStatus({ kind: 'local' })
      return null
    }
    if (!current && teamIdRef.current === undefined) {
      // Saved as soon as the team is known (the effect below).
      setStatus({ kind: 'unsaved' })
      return null
    }
    setStatus({ kind: 'saving' })
    const answers = toAnswers(form, valuesRef.current)
    try {
      const saved = current
        ? await saveEntry(current, answers, categoryRef.current)
        : await createEntry(contest.id, answers, categoryRef.current, idempotencyKey.current, teamIdRef.current ?? null)
      setEntry(saved)
      savedEdits.current = editsAtStart
      setServerErrors([])
      if (!current) onCreatedRef.current(saved)
      if (edits.current === editsAtStart) {
        removeLocalDraft(contest.id)
        setStatus({ kind: 'saved', at: new Date() })
      } else {
        keepLocally()
        setStatus({ kind: 'unsaved' })
      }
      return saved
    } catch (error) {
      if (error instanceof NetworkError) setStatus({ kind: 'offline' })
      else if (error instanceof ApiError && error.status === 401) setStatus({ kind: 'local' })
      else if (error instanceof ApiError && error.code === 'version_conflict') setStatus({ kind: 'conflict' })
      else {
        if (error instanceof ApiError && error.status === 422) setServerErrors(error.problem.errors ?? [])
        setStatus({ kind: 'error', error })
      }
      return null
    }
  }, [contest.id, form, keepLocally, setEntry])

  /** Saves now (after any save in flight); resolves to the saved entry, or null when it could not. */
  const flush = useCallback((): Promise<EntryView | null> => {
    window.clearTimeout(timer.current)
    chain.current = chain.current.then(saveOnce, saveOnce)
    return chain.current
  }, [saveOnce])

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
  }, [flush])

  const edited = () => {
    edits.current += 1
    keepLocally()
    if (statusRef.current.kind !== 'conflict') setStatus({ kind: 'unsaved' })
    schedule()
  }

  const setValue = (key: string, value: InputValue) => {
    valuesRef.current = { ...valuesRef.current, [key]: value }
    setValues(valuesRef.current)
    edited()
  }

  const setCategory = (next: string | null) => {
    categoryRef.current = next
    setCategoryState(next)
    edited()
  }

  /** After a conflict: take the server's newer version, dropping this tab's unsaved edits. */
  const reload = useCallback(async () => {
    const id = entryRef.current?.id
    if (!id) return
    const fresh = await getEntry(id)
    setEntry(fresh)
    valuesRef.current = toFormValues(form, fresh.answers)
    categoryRef.current = fresh.category ?? null
    setValues(valuesRef.current)
    setCategoryState(categoryRef.current)
    savedEdits.current = edits.current
    removeLocalDraft(contest.id)
    setServerErrors([])
    setStatus({ kind: 'saved', at: new Date() })
  }, [contest.id, form, setEntry])

  // Save what was kept as soon as it can be: now (if signed in), after signing in, once the team
  // is known, back online.
  const teamKnown = teamId !== undefined
  useEffect(() => {
    if (signedIn && teamKnown && edits.current !== savedEdits.current) void flush()
  }, [signedIn, teamKnown, flush])

  useEffect(() => {
    const retry = () => {
      if (edits.current !== savedEdits.current) void flush()
    }
    window.addEventListener('online', retry)
    return () => {
      window.removeEventListener('online', retry)
      window.clearTimeout(timer.current)
    }
  }, [flush])

  return {
    entry,
    setEntry,
    values,
    setValue,
    category,
    setCategory,
    status,
    serverErrors,
    restored: kept !== null,
    flush,
    reload,
  }
}
