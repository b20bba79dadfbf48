/**
 * The award tiers as the organizer edits them: a list, best first, saved
 * whole (`PUT /contests/{id}/award-tiers`). Counts are typed as text and
 * checked here before sending, with the server's own limits and field names
 * (`tiers[0].count`), so a client error and a server error land on the same
 * field.
 */
import type { Tier } from '../api/types'
import { randomId } from '../../../lib/random-id'

/** The server's limits (src/domain/awards.rs). */
export const MAX_TIERS = 20
export const MAX_WINNERS_PER_TIER = 1000
const MAX_LABEL = 50
const MAX_PRIZE = 500

export interface TierDraft {
  /** Stable across reordering, for React and for field ids. */
  uid: string
  /** The tier's key, kept as it was; generated for a new tier. */
  key: string
  labelKo: string
  labelEn: string
  count: string
  prize: string
  peoplesChoice: boolean
}

export const draftsFromTiers = (tiers: Tier[]): TierDraft[] =>
  tiers.map((tier) => ({
    uid: randomId(),
    key: tier.key,
    labelKo: tier.label.ko,
    labelEn: tier.label.en ?? '',
    count: String(tier.count),
    prize: tier.prize ?? '',
    peoplesChoice: tier.peoples_choice ?? false,
  }))

/** `tier_1`, `tier_2`, …: the first not yet used. Keys name places in URLs and CSV files, never shown. */
export function freeKey(drafts: TierDraft[]): string {
  const used = new Set(drafts.map((d) => d.key))
  let n = drafts.length + 1
  while (used.has(`tier_${n}`)) n += 1
  return `tier_${n}`
}

export const addTier = (drafts: TierDraft[]): TierDraft[] => [
  ...drafts,
  { uid: randomId(), key: freeKey(drafts), labelKo: '', labelEn: '', count: '1', prize: '', peoplesChoice: false },
]

export const removeTier = (drafts: TierDraft[], index: number): TierDraft[] => drafts.filter((_, i) => i !== index)

/** Moves the tier at `from` to `to` (both kept in range); the others keep their order. */
export function moveTier(drafts: TierDraft[], from: number, to: number): TierDraft[] {
  const target = Math.max(0, Math.min(drafts.length - 1, to))
  if (from === target || from < 0 || from >= drafts.length) return drafts
  const next = [...drafts]
  const [moved] = next.splice(from, 1)
  next.splice(target, 0, moved)
  return next
}

export const updateTier = (drafts: TierDraft[], index: number, change: Partial<TierDraft>): TierDraft[] =>
  drafts.map((draft, i) => (i === index ? { ...draft, ...change } : draft))

/** A whole number from 1 to the limit, or null. */
export function parseCount(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && n <= MAX_WINNERS_PER_TIER ? n : null
}

/** Why the list cannot be saved, by the server's field names (`tiers[1].count`) → an error code. */
export function checkTiers(drafts: TierDraft[]): Record<string, string> {
  const errors: Record<string, string> = {}
  if (drafts.length > MAX_TIERS) errors.tiers = 'too_many'
  drafts.forEach((draft, i) => {
    const ko = draft.labelKo.trim()
    if (!ko) errors[`tiers[${i}].label.ko`] = 'required'
    else if (ko.length > MAX_LABEL) errors[`tiers[${i}].label.ko`] = 'too_long'
    if (draft.labelEn.trim().length > MAX_LABEL) errors[`tiers[${i}].label.en`] = 'too_long'
    if (parseCount(draft.count) === null) errors[`tiers[${i}].count`] = 'out_of_range'
    if (draft.prize.trim().length > MAX_PRIZE) errors[`tiers[${i}].prize`] = 'too_long'
  })
  return errors
}

/** The tiers as the API takes them, best first. Call after `checkTiers` found nothing. */
export const tiersDocument = (drafts: TierDraft[]): Tier[] =>
  drafts.map((draft) => ({
    key: draft.key,
    label: { ko: draft.labelKo.trim(), en: draft.labelEn.trim() || null },
    count: parseCount(draft.count) ?? 1,
    prize: draft.prize.trim() || null,
    peoples_choice: draft.peoplesChoice,
  }))
