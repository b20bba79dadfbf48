import { useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { StageView } from '../../../lib/api/types'
import { saveBlob } from '../../../lib/download'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { fetchStageCsv, type StageExport } from '../api/oversight'

/** The stage's CSV exports (formula-safe cells): every declaration, every score. */
export function ExportsSection({ stage }: { stage: StageView }) {
  const { t } = useI18n()
  const [busy, setBusy] = useState<StageExport | null>(null)
  const [failure, setFailure] = useState<unknown>(null)

  async function download(which: StageExport) {
    setBusy(which)
    setFailure(null)
    try {
      saveBlob(await fetchStageCsv(stage.id, which), `stage-${stage.position}-${which}.csv`)
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="setup-section" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('judgingSetup.exports.title')}</h2>
      {failure !== null && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
      <div className="actions">
        <Button variant="secondary" busy={busy === 'declarations'} onClick={() => void download('declarations')}>
          {t('judgingSetup.exports.declarations')}
        </Button>
        {stage.mode !== 'pairwise' && (
          <Button variant="secondary" busy={busy === 'scores'} onClick={() => void download('scores')}>
            {t('judgingSetup.exports.scores')}
          </Button>
        )}
      </div>
    </section>
  )
}
