import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { useEntryLabels, type EntrySummary } from '../../screening/api/entry-labels'

/**
 * How organizer screens name an entry: "Morning light (receipt P-0001)",
 * with " · entrant" where the entrant matters; the start of its id while
 * the entry is not read (or the contest no longer has it).
 */
export function useDescribeEntry() {
  const { t } = useI18n()
  const label = (entryId: string, entry: EntrySummary | undefined) => {
    if (!entry) return t('awarding.entry.unknown', { id: entryId.slice(0, 8) })
    const title = entry.title ?? t('awarding.entry.untitled')
    return entry.receiptNumber ? t('awarding.entry.withReceipt', { title, receipt: entry.receiptNumber }) : title
  }
  const withEntrant = (entryId: string, entry: EntrySummary | undefined) =>
    entry ? t('awarding.entry.withEntrant', { entry: label(entryId, entry), entrant: entry.entrant }) : label(entryId, entry)
  return { label, withEntrant }
}

/** Names for the entries shown, read with `?ids=` (one request per hundred). */
export function useEntryNames(contest: ContestView, entryIds: readonly string[]) {
  const { entries, error } = useEntryLabels(contest, entryIds)
  const describe = useDescribeEntry()
  return {
    entries,
    label: (entryId: string) => describe.label(entryId, entries.get(entryId)),
    withEntrant: (entryId: string) => describe.withEntrant(entryId, entries.get(entryId)),
    error,
  }
}
