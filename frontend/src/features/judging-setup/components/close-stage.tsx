import { useMemo, useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import type { StageView } from '../../../lib/api/types'
import { formatDateTimeInZone } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { organizePaths } from '../../organize/utils/paths'
import { useStageResults } from '../../screening/api/stage-results'
import { useCloseStage } from '../api/oversight'
import { useStageName } from '../hooks/use-stage-name'
import { chosenInOrder, rankedChoices, recipeChoice } from '../utils/advance-choice'
import { AdvanceChooser } from './advance-chooser'
import { RadioGroup } from './controls'

type AdvanceBy = 'recipe' | 'hand'

/**
 * Closing the stage once its window has ended: results are computed and
 * stored with their hashes, and the chosen entries advance. It is final,
 * so it asks first and points to the results preview. The entries that
 * advance are the recipe's by default; the organizer may choose them by hand
 * from the ranking instead (to settle a tie at the cutoff), which sends them
 * as the close request's `advance`.
 */
export function CloseStageSection({ stage, timeZone }: { stage: StageView; timeZone: string }) {
  const { t, language } = useI18n()
  const stageName = useStageName()
  const close = useCloseStage(stage.id)
  const [confirming, setConfirming] = useState(false)
  const [advanceBy, setAdvanceBy] = useState<AdvanceBy>('recipe')
  const byHand = advanceBy === 'hand'
  // The ranking (without the close calls, which are slow) only once asked for.
  const ranking = useStageResults(stage.id, { enabled: byHand && stage.state === 'ended', closeCalls: false })
  const rows = useMemo(() => (ranking.data ? rankedChoices(ranking.data) : []), [ranking.data])
  // Nothing ticked by hand yet: the recipe's choice.
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null)
  const chosen = picked ?? recipeChoice(rows)
  const advance = byHand ? chosenInOrder(rows, chosen) : undefined
  const ready = !byHand || ranking.data !== undefined
  const name = stageName(stage)

  const tick = (entryId: string, checked: boolean) => {
    const next = new Set(chosen)
    if (checked) next.add(entryId)
    else next.delete(entryId)
    setPicked(next)
  }

  return (
    <section className="setup-section" aria-labelledby="close-title">
      <h2 id="close-title">{t('judgingSetup.close.title')}</h2>
      {close.data ? (
        <StatusMessage>
          <p>{t('judgingSetup.close.done', { name, count: close.data.advanced.length })}</p>
          <p className="setup-code">{t('judgingSetup.close.hashes', { recipe: close.data.recipe_hash, inputs: close.data.inputs_hash })}</p>
          {close.data.next_stage_id && (
            <p>
              <Link href={organizePaths.stage(close.data.next_stage_id)}>{t('judgingSetup.close.next')}</Link>
            </p>
          )}
        </StatusMessage>
      ) : stage.state === 'closed' ? (
        <p>{t('judgingSetup.close.closed')}</p>
      ) : stage.state !== 'ended' ? (
        <p>{t('judgingSetup.close.notYet', { closes: formatDateTimeInZone(stage.closes_at, timeZone, language) })}</p>
      ) : (
        <>
          <p>{t('judgingSetup.close.lead')}</p>
          <p>
            <Link href={organizePaths.stageResults(stage.id)}>{t('judgingSetup.close.preview')}</Link>
          </p>
          <RadioGroup
            id="close-advance-by"
            legend={t('judgingSetup.close.how')}
            value={advanceBy}
            onChange={setAdvanceBy}
            options={[
              { value: 'recipe', label: t('judgingSetup.close.byRecipeOption'), hint: t('judgingSetup.close.byRecipeHint') },
              { value: 'hand', label: t('judgingSetup.close.byHandOption'), hint: t('judgingSetup.close.byHandHint') },
            ]}
          />
          {byHand && ranking.isError && (
            <ErrorAlert>
              <p>{errorMessage(ranking.error, t)}</p>
            </ErrorAlert>
          )}
          {byHand && ranking.isPending && !ranking.isError && <p role="status">{t('app.loading')}</p>}
          {byHand && ranking.data && <AdvanceChooser stage={stage} rows={rows} chosen={chosen} onChange={tick} />}
          {close.isError && (
            <ErrorAlert>
              <p>{errorMessage(close.error, t)}</p>
            </ErrorAlert>
          )}
          {confirming ? (
            <div className="setup-confirm" role="group" aria-labelledby="close-confirm-title">
              <p id="close-confirm-title" className="notice-title">
                {t('judgingSetup.close.confirmTitle', { name })}
              </p>
              <p>{t('judgingSetup.close.confirmBody')}</p>
              {advance && <p>{t('judgingSetup.close.confirmChosen', { count: advance.length })}</p>}
              <div className="actions">
                <Button autoFocus busy={close.isPending} onClick={() => close.mutate(advance, { onSettled: () => setConfirming(false) })}>
                  {t('judgingSetup.close.yes', { name })}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t('judgingSetup.cancel')}
                </Button>
              </div>
            </div>
          ) : (
            ready && <Button onClick={() => setConfirming(true)}>{t('judgingSetup.close.start', { name })}</Button>
          )}
        </>
      )}
    </section>
  )
}
