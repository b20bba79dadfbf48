import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useContestStages } from '../api/stages'
import { StageEditor } from './stage-editor'
import { useStageName } from '../hooks/use-stage-name'
import { StagesOverview } from './stages-overview'

/**
 * A contest's judging stages: the list in order, and the editor for a new
 * stage (`?new=1`) or an existing one (`?edit=<id>`), so each is a link.
 */
export function StagesPage({ contestId, timeZone }: { contestId: string; timeZone: string }) {
  const { t } = useI18n()
  const stageName = useStageName()
  const [params, setParams] = useSearchParams()
  const stages = useContestStages(contestId)
  const [saved, setSaved] = useState<StageView | null>(null)
  const editing = params.get('edit')
  const creating = params.get('new') === '1'

  if (stages.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(stages.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (!stages.data) return <p role="status">{t('app.loading')}</p>

  const edited = editing ? stages.data.find((s) => s.id === editing) : undefined
  const close = () => setParams({}, { replace: false })
  const onSaved = (stage: StageView) => {
    setSaved(stage)
    close()
  }

  if (creating || edited) {
    const title = edited ? t('judgingSetup.editor.editTitle', { name: stageName(edited) }) : t('judgingSetup.editor.newTitle')
    return (
      <section aria-labelledby="stage-editor-title">
        <h2 id="stage-editor-title">{title}</h2>
        <StageEditor
          // Keyed by id only: a background refetch with a newer version must not wipe
          // what is being typed (the editor keeps its own base and handles the 409).
          key={edited?.id ?? 'new'}
          contestId={contestId}
          timeZone={timeZone}
          stage={edited}
          position={edited?.position ?? stages.data.length + 1}
          onSaved={onSaved}
          onCancel={close}
        />
      </section>
    )
  }

  return (
    <>
      {saved && (
        <StatusMessage>
          <p>{t('judgingSetup.saved', { name: stageName(saved) })}</p>
        </StatusMessage>
      )}
      {editing && !edited && (
        <ErrorAlert>
          <p>{t('problem.not_found')}</p>
        </ErrorAlert>
      )}
      <section aria-labelledby="stages-title">
        <h2 id="stages-title">{t('judgingSetup.overview.title')}</h2>
        <p className="field-hint">{t('judgingSetup.overview.lead')}</p>
        <StagesOverview stages={stages.data} timeZone={timeZone} editHref={(id) => `?edit=${encodeURIComponent(id)}`} />
        <p className="actions">
          <Button
            onClick={() => {
              setSaved(null)
              setParams({ new: '1' })
            }}
          >
            {t('judgingSetup.overview.add')}
          </Button>
        </p>
      </section>
    </>
  )
}
