import { useEffect, useRef, useState, type FormEvent } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary, type SummaryItem } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { snapshot, useUnsavedChanges } from '../../../lib/use-unsaved-changes'
import { useSaveAwardSettings } from '../api/awards'
import type { AwardSettingsView } from '../api/types'
import { clientFieldErrors, serverFieldErrors } from '../utils/field-errors'
import {
  MAX_TIERS,
  MAX_WINNERS_PER_TIER,
  addTier,
  checkTiers,
  draftsFromTiers,
  moveTier,
  removeTier,
  tiersDocument,
  updateTier,
  type TierDraft,
} from '../utils/tiers'

/** Why the tiers cannot be changed now, if they cannot. */
export type TiersLock = 'published' | 'awarded' | null

const FIELDS = ['label.ko', 'label.en', 'count', 'prize'] as const
type TierField = (typeof FIELDS)[number]
const fieldId = (draft: TierDraft, field: TierField) => `tier-${draft.uid}-${field.replace('.', '-')}`

/**
 * The contest's award tiers, best first: label (Korean, and English),
 * how many winners, the prize, and whether the public vote fills it.
 * Tiers are added, removed and moved, then the whole list is saved at once.
 */
export function TierEditor({
  contestId,
  settings,
  lock,
}: {
  contestId: string
  settings: AwardSettingsView | null
  lock: TiersLock
}) {
  const { t } = useI18n()
  const save = useSaveAwardSettings(contestId)
  const [drafts, setDrafts] = useState<TierDraft[]>(() => draftsFromTiers(settings?.tiers ?? []))
  const [onePerEntrant, setOnePerEntrant] = useState(settings?.one_award_per_entrant ?? true)
  // The list as read, then as last saved (what was sent), to tell unsaved changes by.
  const tiersSnapshot = (list: TierDraft[], one: boolean) => snapshot({ tiers: list, one }, ['uid'])
  const [savedSnapshot, setSavedSnapshot] = useState(() => tiersSnapshot(drafts, onePerEntrant))
  const { prompt } = useUnsavedChanges(lock === null && tiersSnapshot(drafts, onePerEntrant) !== savedSnapshot)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [attempt, setAttempt] = useState(0)
  const [moved, setMoved] = useState('')
  // After a move, focus follows the moved tier's button (or its twin, when
  // the tier reached an end and the button it used is now disabled).
  const refocus = useRef<{ uid: string; direction: 'up' | 'down' } | null>(null)
  useEffect(() => {
    const target = refocus.current
    if (!target) return
    refocus.current = null
    const other = target.direction === 'up' ? 'down' : 'up'
    const button = document.getElementById(`tier-${target.uid}-move-${target.direction}`) as HTMLButtonElement | null
    const fallback = document.getElementById(`tier-${target.uid}-move-${other}`)
    ;(button && !button.disabled ? button : fallback)?.focus()
  })

  const edit = (next: TierDraft[]) => {
    save.reset()
    setErrors({})
    setDrafts(next)
  }
  const move = (index: number, to: number) => {
    const draft = drafts[index]
    refocus.current = { uid: draft.uid, direction: to < index ? 'up' : 'down' }
    edit(moveTier(drafts, index, to))
    setMoved(t('awarding.tiers.moved', { name: draft.labelKo || t('awarding.tiers.untitled'), position: to + 1 }))
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (save.isPending || lock) return
    setAttempt(attempt + 1)
    const found = checkTiers(drafts)
    setErrors(clientFieldErrors(found, t))
    if (Object.keys(found).length > 0) return
    const sent = tiersSnapshot(drafts, onePerEntrant)
    save.mutate(
      { tiers: tiersDocument(drafts), one_award_per_entrant: onePerEntrant, version: settings?.version ?? null },
      { onSuccess: () => setSavedSnapshot(sent), onError: (error) => setErrors(serverFieldErrors(error, t)) },
    )
  }

  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => {
    const m = /^tiers\[(\d+)\]\.(.+)$/.exec(field)
    const draft = m ? drafts[Number(m[1])] : undefined
    const known = draft && (FIELDS as readonly string[]).includes(m![2])
    return {
      message: draft ? t('awarding.tiers.errorAt', { position: Number(m![1]) + 1, message }) : message,
      fieldId: known ? fieldId(draft, m![2] as TierField) : undefined,
    }
  })
  const errorOf = (index: number, field: TierField) => errors[`tiers[${index}].${field}`]

  return (
    <section aria-labelledby="tiers-title" className="awarding-section">
      <h2 id="tiers-title">{t('awarding.tiers.title')}</h2>
      <p>{t('awarding.tiers.intro')}</p>
      {lock === 'awarded' && <p className="notice">{t('awarding.tiers.lockedAwarded')}</p>}
      <form onSubmit={submit} noValidate aria-labelledby="tiers-title">
        {summary.length > 0 && <ErrorSummary key={attempt} title={t('awarding.tiers.errorTitle')} items={summary} />}
        {save.isError && summary.length === 0 && (
          <ErrorSummary key={attempt} title={t('awarding.tiers.saveFailed')} detail={errorMessage(save.error, t)} items={[]} />
        )}
        <fieldset disabled={lock !== null} className="awarding-unframed">
          <legend className="visually-hidden">{t('awarding.tiers.title')}</legend>
          {drafts.length === 0 ? (
            <p>{t('awarding.tiers.none')}</p>
          ) : (
            <ol className="tier-list">
              {drafts.map((draft, index) => {
                const name = draft.labelKo.trim() || t('awarding.tiers.untitled')
                const position = index + 1
                return (
                  <li key={draft.uid} className="tier-draft">
                    <fieldset className="awarding-unframed">
                      <legend>
                        <h3 className="legend-heading">{t('awarding.tiers.heading', { position, name })}</h3>
                      </legend>
                      <div className="tier-fields">
                        <Field
                          id={fieldId(draft, 'label.ko')}
                          label={t('awarding.tiers.labelKo')}
                          hint={t('awarding.tiers.labelKoHint')}
                          required
                          value={draft.labelKo}
                          error={errorOf(index, 'label.ko')}
                          onChange={(e) => edit(updateTier(drafts, index, { labelKo: e.target.value }))}
                        />
                        <Field
                          id={fieldId(draft, 'label.en')}
                          label={t('awarding.tiers.labelEn')}
                          lang="en"
                          value={draft.labelEn}
                          error={errorOf(index, 'label.en')}
                          onChange={(e) => edit(updateTier(drafts, index, { labelEn: e.target.value }))}
                        />
                        <Field
                          id={fieldId(draft, 'count')}
                          label={t('awarding.tiers.count')}
                          hint={t('awarding.tiers.countHint', { max: MAX_WINNERS_PER_TIER })}
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={MAX_WINNERS_PER_TIER}
                          step={1}
                          required
                          value={draft.count}
                          error={errorOf(index, 'count')}
                          onChange={(e) => edit(updateTier(drafts, index, { count: e.target.value }))}
                        />
                        <Field
                          id={fieldId(draft, 'prize')}
                          label={t('awarding.tiers.prize')}
                          hint={t('awarding.tiers.prizeHint')}
                          value={draft.prize}
                          error={errorOf(index, 'prize')}
                          onChange={(e) => edit(updateTier(drafts, index, { prize: e.target.value }))}
                        />
                      </div>
                      <div className="checkbox">
                        <input
                          type="checkbox"
                          id={`tier-${draft.uid}-peoples-choice`}
                          checked={draft.peoplesChoice}
                          onChange={(e) => edit(updateTier(drafts, index, { peoplesChoice: e.target.checked }))}
                        />
                        <label htmlFor={`tier-${draft.uid}-peoples-choice`}>{t('awarding.tiers.peoplesChoice')}</label>
                      </div>
                      <div className="actions">
                        <Button
                          variant="secondary"
                          className="button-small"
                          id={`tier-${draft.uid}-move-up`}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                          aria-label={t('awarding.tiers.moveUpNamed', { position, name })}
                        >
                          {t('awarding.tiers.moveUp')}
                        </Button>
                        <Button
                          variant="secondary"
                          className="button-small"
                          id={`tier-${draft.uid}-move-down`}
                          disabled={index === drafts.length - 1}
                          onClick={() => move(index, index + 1)}
                          aria-label={t('awarding.tiers.moveDownNamed', { position, name })}
                        >
                          {t('awarding.tiers.moveDown')}
                        </Button>
                        <Button
                          variant="secondary"
                          className="button-small"
                          onClick={() => edit(removeTier(drafts, index))}
                          aria-label={t('awarding.tiers.removeNamed', { position, name })}
                        >
                          {t('awarding.tiers.remove')}
                        </Button>
                      </div>
                    </fieldset>
                  </li>
                )
              })}
            </ol>
          )}
          <p className="visually-hidden" role="status">
            {moved}
          </p>
          <div className="actions">
            <Button variant="secondary" disabled={drafts.length >= MAX_TIERS} onClick={() => edit(addTier(drafts))}>
              {t('awarding.tiers.add')}
            </Button>
          </div>
          <div className="checkbox">
            <input
              type="checkbox"
              id="tiers-one-per-entrant"
              checked={onePerEntrant}
              onChange={(e) => {
                save.reset()
                setOnePerEntrant(e.target.checked)
              }}
            />
            <label htmlFor="tiers-one-per-entrant">{t('awarding.tiers.onePerEntrant')}</label>
          </div>
          {save.isSuccess && (
            <StatusMessage>
              <p>{t('awarding.tiers.saved', { count: save.data.tiers.length })}</p>
            </StatusMessage>
          )}
          <div className="actions">
            <Button type="submit" busy={save.isPending}>
              {t('awarding.tiers.save')}
            </Button>
          </div>
        </fieldset>
        {prompt}
      </form>
    </section>
  )
}
