import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import type { StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { organizePaths } from '../../organize/utils/paths'
import { usePanels } from '../api/panel'
import { useStageName } from '../hooks/use-stage-name'
import { sumProgress } from '../utils/progress'
import { PanelProgress } from './panel-progress'
import { StageFacts } from './stage-summary'

interface Props {
  stages: StageView[]
  timeZone: string
  /** The link that opens a stage's settings on this page. */
  editHref: (stageId: string) => string
}

/** The contest's stages in order, each with its facts, its judges' summed progress and where to go next. */
export function StagesOverview({ stages, timeZone, editHref }: Props) {
  const { t } = useI18n()
  const stageName = useStageName()
  const panels = usePanels(stages.map((s) => s.id))
  if (stages.length === 0) return <p>{t('judgingSetup.overview.empty')}</p>
  return (
    <ol className="stage-list setup-stage-list">
      {stages.map((stage, index) => {
        const panel = panels[index]
        const titleId = `setup-stage-${stage.id}-title`
        return (
          <li key={stage.id}>
            <article className="stage-card" aria-labelledby={titleId}>
              <h3 id={titleId} className="stage-card-title">
                {stageName(stage)}
              </h3>
              <StageFacts stage={stage} timeZone={timeZone} />
              {panel?.isError ? (
                <ErrorAlert>
                  <p>{errorMessage(panel.error, t)}</p>
                </ErrorAlert>
              ) : panel?.data ? (
                <PanelProgress
                  id={`setup-stage-${stage.id}-progress`}
                  judges={panel.data.filter((j) => j.status !== 'removed').length}
                  progress={sumProgress(panel.data.filter((j) => j.status !== 'removed').map((j) => j.progress))}
                  pairwise={stage.mode === 'pairwise'}
                />
              ) : (
                <p role="status">{t('app.loading')}</p>
              )}
              <ul className="link-list setup-links">
                <li>
                  <Link href={organizePaths.stage(stage.id)}>{t('judgingSetup.overview.open', { name: stageName(stage) })}</Link>
                </li>
                <li>
                  <Link href={editHref(stage.id)}>{t('judgingSetup.overview.edit', { name: stageName(stage) })}</Link>
                </li>
                <li>
                  <Link href={organizePaths.stageResults(stage.id)}>{t('judgingSetup.overview.results', { name: stageName(stage) })}</Link>
                </li>
              </ul>
            </article>
          </li>
        )
      })}
    </ol>
  )
}
