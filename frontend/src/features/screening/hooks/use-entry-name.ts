import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { useEntryLabels } from '../api/entry-labels'

/**
 * An entry of a ranking by receipt number and title. The results carry
 * only entry ids, so the rows shown are read together (one request per
 * hundred, cached); until then an entry is named by the start of its id.
 */
export interface EntryName {
  receipt: string
  title: string | null
}

/** Names for the given rows' entries (a page of a ranking, one category's table). */
export function useEntryNames(contest: ContestView, entryIds: readonly string[]): (entryId: string) => EntryName {
  const { t } = useI18n()
  const { entries } = useEntryLabels(contest, entryIds)
  return (entryId) => {
    const entry = entries.get(entryId)
    return {
      receipt: entry?.receiptNumber ?? t('screening.results.entryId', { id: entryId.slice(0, 8) }),
      title: entry?.title ?? null,
    }
  }
}
