import { useState, type FormEvent } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary, type SummaryItem } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { SelectField } from '../../../components/ui/select-field'
import type { BallotView, ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes'
import { useSaveBallot } from '../api/ballot'
import { useContestStages } from '../api/standings'
import { useZoneHint } from '../hooks/use-zone-hint'
import { MAX_VOTES_LIMIT, ballotDraft, ballotSnapshot, checkBallot, type BallotDraft } from '../utils/ballot-form'
import { clientFieldErrors, serverFieldErrors } from '../utils/field-errors'
import { DateTimeField } from './date-time-field'

const FIELD_IDS: Record<string, string> = {
  opens_at: 'ballot-opens-at',
  closes_at: 'ballot-closes-at',
  scope: 'ballot-scope-all',
  stage_id: 'ballot-stage',
  max_votes: 'ballot-max-votes',
}

/**
 * Sets up or changes the public vote: the window (in the contest's time
 * zone), which entries are on the ballot, and how many votes each voter has.
 * Once votes exist only the closing time may change.
 */
export function BallotSettings({ contest, ballot, hasVotes }: { contest: ContestView; ballot: BallotView | null; hasVotes: boolean }) {
  const { t, text } = useI18n()
  const save = useSaveBallot(contest.id)
  const stages = useContestStages(contest.id)
  const [draft, setDraft] = useState<BallotDraft>(() => ballotDraft(ballot, contest.time_zone))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [attempt, setAttempt] = useState(0)
  // The settings as read, then as last saved (what was sent), to tell unsaved changes by.
  const [savedSnapshot, setSavedSnapshot] = useState(() => ballotSnapshot(draft))
  const { prompt } = useUnsavedChanges(ballotSnapshot(draft) !== savedSnapshot)
  const zoneHint = useZoneHint(contest.time_zone, ballot?.opens_at ?? null)

  const edit = (change: Partial<BallotDraft>) => {
    save.reset()
    setDraft({ ...draft, ...change })
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (save.isPending) return
    setAttempt(attempt + 1)
    const checked = checkBallot(draft, contest.time_zone, ballot)
    setErrors(clientFieldErrors(checked.errors, t))
    if (!checked.document) return
    const sent = ballotSnapshot(draft)
    save.mutate(checked.document, {
      onSuccess: () => setSavedSnapshot(sent),
      onError: (error) => setErrors(serverFieldErrors(error, t)),
    })
  }

  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({ message, fieldId: FIELD_IDS[field] }))
  const stageOptions = [
    { value: '', label: t('awarding.ballot.chooseStage') },
    ...(stages.data ?? []).map((stage) => ({ value: stage.id, label: text(stage.name) })),
  ]

  return (
    <section aria-labelledby="ballot-settings-title" className="awarding-section">
      <h2 id="ballot-settings-title">{t('awarding.ballot.settingsTitle')}</h2>
      {hasVotes && <p className="notice">{t('awarding.ballot.lockedByVotes')}</p>}
      <form onSubmit={submit} noValidate aria-labelledby="ballot-settings-title">
        {summary.length > 0 && <ErrorSummary key={attempt} title={t('awarding.ballot.errorTitle')} items={summary} />}
        {save.isError && summary.length === 0 && (
          <ErrorSummary key={attempt} title={t('awarding.ballot.saveFailed')} detail={errorMessage(save.error, t)} items={[]} />
        )}
        <p className="field-hint">{zoneHint}</p>
        <DateTimeField
          id={FIELD_IDS.opens_at}
          label={t('awarding.ballot.opensAt')}
          value={draft.opensAt}
          timeZone={contest.time_zone}
          error={errors.opens_at}
          disabled={hasVotes}
          required
          onChange={(opensAt) => edit({ opensAt })}
        />
        <DateTimeField
          id={FIELD_IDS.closes_at}
          label={t('awarding.ballot.closesAt')}
          value={draft.closesAt}
          timeZone={contest.time_zone}
          error={errors.closes_at}
          required
          onChange={(closesAt) => edit({ closesAt })}
        />
        <fieldset className="field" disabled={hasVotes}>
          <legend>{t('awarding.ballot.scope')}</legend>
          <div className="checkbox">
            <input
              type="radio"
              id="ballot-scope-all"
              name="ballot-scope"
              checked={draft.scope === 'all'}
              disabled={hasVotes}
              onChange={() => edit({ scope: 'all' })}
            />
            <label htmlFor="ballot-scope-all">{t('awarding.ballot.scopeAll')}</label>
          </div>
          <div className="checkbox">
            <input
              type="radio"
              id="ballot-scope-finalists"
              name="ballot-scope"
              checked={draft.scope === 'finalists'}
              disabled={hasVotes}
              onChange={() => edit({ scope: 'finalists' })}
            />
            <label htmlFor="ballot-scope-finalists">{t('awarding.ballot.scopeFinalists')}</label>
          </div>
        </fieldset>
        {draft.scope === 'finalists' && (
          <>
            <SelectField
              id={FIELD_IDS.stage_id}
              label={t('awarding.ballot.stage')}
              options={stageOptions}
              value={draft.stageId}
              required
              disabled={hasVotes}
              aria-invalid={errors.stage_id ? true : undefined}
              aria-describedby={errors.stage_id ? 'ballot-stage-error' : undefined}
              onChange={(e) => edit({ stageId: e.target.value })}
            />
            {errors.stage_id && (
              <p id="ballot-stage-error" className="field-error">
                {errors.stage_id}
              </p>
            )}
          </>
        )}
        <Field
          id={FIELD_IDS.max_votes}
          label={t('awarding.ballot.maxVotes')}
          hint={t('awarding.ballot.maxVotesHint', { max: MAX_VOTES_LIMIT })}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_VOTES_LIMIT}
          step={1}
          required
          disabled={hasVotes}
          value={draft.maxVotes}
          error={errors.max_votes}
          onChange={(e) => edit({ maxVotes: e.target.value })}
        />
        {save.isSuccess && (
          <StatusMessage>
            <p>{t('awarding.ballot.saved')}</p>
          </StatusMessage>
        )}
        <div className="actions">
          <Button type="submit" busy={save.isPending}>
            {t(ballot ? 'awarding.ballot.save' : 'awarding.ballot.create')}
          </Button>
        </div>
        {prompt}
      </form>
    </section>
  )
}
