/**
 * What a person typed into an entry form, kept in localStorage until the
 * server has it: signed out, offline, or between a keystroke and the next
 * autosave. One record per contest on this device.
 *
 * Only the answers are kept, never a token; files cannot be kept (they are
 * uploaded straight away).
 */
import type { FormValues } from './answers'

export interface LocalDraft {
  contestId: string
  /** The server entry these answers belong to, once created. */
  entryId: string | null
  /** The entry version the edits started from (a stale one gets 409 when saved). */
  baseVersion: number | null
  values: FormValues
  category: string | null
  /** Sent with the first save, so a retried create cannot make two drafts. */
  idempotencyKey: string
  /** True while the server does not have these values yet. */
  unsaved: boolean
  updatedAt: string
}

const PREFIX = 'modu.entry-draft.'

export function readLocalDraft(contestId: string, storage: Storage | undefined = globalThis.localStorage): LocalDraft | null {
  try {
    const raw = storage?.getItem(PREFIX + contestId)
    if (!raw) return null
    const draft = JSON.parse(raw) as Partial<LocalDraft>
    if (draft.contestId !== contestId || typeof draft.values !== 'object' || draft.values === null) return null
    return {
      contestId,
      entryId: draft.entryId ?? null,
      baseVersion: draft.baseVersion ?? null,
      values: draft.values,
      category: draft.category ?? null,
      idempotencyKey: draft.idempotencyKey ?? '',
      unsaved: draft.unsaved ?? true,
      updatedAt: draft.updatedAt ?? new Date(0).toISOString(),
    }
  } catch {
    // Unreadable (private mode, corrupt JSON): behave as if nothing was kept.
    return null
  }
}

export function writeLocalDraft(draft: LocalDraft, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(PREFIX + draft.contestId, JSON.stringify(draft))
  } catch {
    // Storage full or disabled: autosave to the server still works.
  }
}

export function removeLocalDraft(contestId: string, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(PREFIX + contestId)
  } catch {
    // Nothing to do.
  }
}
