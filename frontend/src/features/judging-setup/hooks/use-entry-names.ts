import type { StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { useStageContest } from '../../judging/api/judging'
import { useEntryLabels } from '../../screening/api/entry-labels'

/**
 * Entries by receipt number and title where the stage's lists carry only
 * ids (assignments, plan shortfalls, bonus claims, the pairwise ranking).
 * Only the ids shown are read, one request per hundred; an entry not read
 * (yet) is named by its id, which is also what the manual assignment form asks for.
 */
export function useEntryNames(stage: StageView, entryIds: readonly string[]) {
  const { t } = useI18n()
  const contest = useStageContest(stage.contest_id)
  const { entries } = useEntryLabels(contest.data, entryIds)
  return {
    /** Whether the entry was read, i.e. `nameOf` says more than its id. */
    isNamed: (entryId: string) => entries.has(entryId),
    nameOf: (entryId: string) => {
      const entry = entries.get(entryId)
      if (!entry) return entryId
      const receipt = entry.receiptNumber ?? entryId
      return entry.title ? t('judgingSetup.entry.named', { receipt, title: entry.title }) : receipt
    },
  }
}
