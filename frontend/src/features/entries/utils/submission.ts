import type { FileSlot, FileView } from '../../../lib/api/types'

/** Slots holding fewer files than a submitted entry needs (a required slot needs at least one). */
export function missingFiles(slots: FileSlot[], files: FileView[]): { slot: FileSlot; needed: number }[] {
  return slots
    .map((slot) => {
      const needed = Math.max(slot.min_count ?? 0, slot.required ? 1 : 0)
      const have = files.filter((f) => f.slot === slot.key).length
      return { slot, needed, have }
    })
    .filter(({ needed, have }) => have < needed)
    .map(({ slot, needed }) => ({ slot, needed }))
}
