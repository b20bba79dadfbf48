import { useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import type { StageView } from '../../../lib/api/types'
import { formatDateTimeInZone } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { organizePaths } from '../../organize/utils/paths'
import { useCloseStage } from '../api/oversight'
import { useStageName } from '../hooks/use-stage-name'

/**
 * Closing the stage once its window has ended: results are computed and
 * stored with their hashes, and the chosen entries advance. It is final,
 * so it asks first and points to the results preview.
 */
export function CloseStageSection({ stage, timeZone }: { stage: StageView; timeZone: string }) {
  const { t, language } = useI18n()
  const stageName = useStageName()
  const close = useCloseStage(stage.id)
  const [confirming, setConfirming] = useState(false)
  const name = stageName(stage)

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
              <div className="actions">
                <Button autoFocus busy={close.isPending} onClick={() => close.mutate(undefined, { onSettled: () => setConfirming(false) })}>
                  {t('judgingSetup.close.yes', { name })}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t('judgingSetup.cancel')}
                </Button>
              </div>
            </div>
          ) : (
            <Button onClick={() => setConfirming(true)}>{t('judgingSetup.close.start', { name })}</Button>
          )}
        </>
      )}
    </section>
  )
}
