import { useState, type FormEvent } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { SelectField } from '../../../components/ui/select-field'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import type { ContestView } from '../../../lib/api/types'
import { useOverrideAward } from '../api/awards'
import { CANDIDATES_PAGE, useAwardCandidates } from '../api/candidates'
import type { AwardView } from '../api/types'
import { useDescribeEntry } from '../hooks/use-entry-names'
import { serverFieldErrors } from '../utils/field-errors'
import type { Standing } from '../utils/standings'
import { ReasonField } from './reason-field'

const EMPTY = ''

/**
 * Gives one place of a tier to another entry, or leaves it empty, with the
 * reason the server requires (kept with the award and in the audit trail).
 * The entries offered are the final ranking's, best first, a hundred at a time.
 */
export function OverrideForm({
  contest,
  tier,
  tierName,
  place,
  current,
  standings,
  rankingKnown,
  currentLabel,
  onDone,
}: {
  contest: ContestView
  tier: string
  tierName: string
  place: number
  current: AwardView | null
  standings: Map<string, Standing>
  /** The final ranking has been read (or there is none). */
  rankingKnown: boolean
  /** The current holder's name, as the award list shows it. */
  currentLabel: string
  onDone: () => void
}) {
  const { t } = useI18n()
  const override = useOverrideAward(contest.id)
  const candidates = useAwardCandidates(contest, standings, rankingKnown)
  const describe = useDescribeEntry()
  const entries = candidates.entries
  const [entryId, setEntryId] = useState(current?.entry_id ?? EMPTY)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [attempt, setAttempt] = useState(0)
  const idBase = `override-${tier}-${place}`

  const options = [
    { value: EMPTY, label: t('awarding.override.leaveEmpty') },
    ...entries.map((entry) => {
      const rank = standings.get(entry.id)?.rank
      const label = describe.withEntrant(entry.id, entry)
      return { value: entry.id, label: rank ? t('awarding.override.optionRanked', { rank, label }) : label }
    }),
  ]
  // The current entry stays choosable even if it is not in the list (e.g. disqualified since).
  if (current && !entries.some((e) => e.id === current.entry_id)) {
    options.splice(1, 0, { value: current.entry_id, label: currentLabel })
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (override.isPending) return
    setAttempt(attempt + 1)
    if (!reason.trim()) {
      setErrors({ reason: t('awarding.fieldError.reasonRequired') })
      return
    }
    setErrors({})
    override.mutate(
      { tier, place, body: { entry_id: entryId || null, reason: reason.trim() } },
      { onSuccess: onDone, onError: (error) => setErrors(serverFieldErrors(error, t)) },
    )
  }

  const items = [
    errors.entry_id && { message: errors.entry_id, fieldId: `${idBase}-entry` },
    errors.reason && { message: errors.reason, fieldId: `${idBase}-reason` },
  ].filter((item): item is { message: string; fieldId: string } => Boolean(item))

  return (
    <form onSubmit={submit} noValidate className="panel override-form" aria-labelledby={`${idBase}-title`}>
      <h4 id={`${idBase}-title`}>{t('awarding.override.title', { tier: tierName, place })}</h4>
      {items.length > 0 && <ErrorSummary key={attempt} title={t('awarding.override.errorTitle')} items={items} />}
      {override.isError && items.length === 0 && (
        <ErrorAlert>
          <p>{errorMessage(override.error, t)}</p>
        </ErrorAlert>
      )}
      <SelectField
        id={`${idBase}-entry`}
        label={t('awarding.override.entry')}
        options={options}
        value={entryId}
        aria-invalid={errors.entry_id ? true : undefined}
        onChange={(e) => setEntryId(e.target.value)}
      />
      {candidates.error !== null && candidates.error !== undefined && (
        <ErrorAlert>
          <p>{t('awarding.awards.entriesFailed', { reason: errorMessage(candidates.error, t) })}</p>
        </ErrorAlert>
      )}
      {candidates.hasMore && (
        <p>
          <Button variant="secondary" className="button-small" busy={candidates.isLoading} onClick={candidates.showMore}>
            {t('awarding.override.moreEntries', { count: CANDIDATES_PAGE })}
          </Button>
        </p>
      )}
      <ReasonField
        id={`${idBase}-reason`}
        label={t('awarding.override.reason')}
        value={reason}
        error={errors.reason}
        onChange={setReason}
      />
      <div className="actions">
        <Button type="submit" busy={override.isPending}>
          {t('awarding.override.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('awarding.override.cancel')}
        </Button>
      </div>
    </form>
  )
}
