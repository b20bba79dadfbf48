import { Link } from '../../../components/ui/link'
import type { StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { organizePaths } from '../../organize/utils/paths'
import { AssignmentsSection } from './assignments-section'
import { BonusClaimsSection } from './bonus-claims'
import { CloseStageSection } from './close-stage'
import { ExportsSection } from './exports-section'
import { PairwiseRanking } from './pairwise-ranking'
import { PanelSection } from './panel-section'
import { ScoreChangesSection } from './score-changes'
import { StageFacts } from './stage-summary'

/**
 * One stage as its organizers run it: its facts, the panel, assignments and
 * declarations, the pairwise ranking or the bonus claims and score changes,
 * the exports, and closing.
 */
export function StagePage({ stage, timeZone }: { stage: StageView; timeZone: string }) {
  const { t } = useI18n()
  const pairwise = stage.mode === 'pairwise'
  return (
    <>
      <StageFacts stage={stage} timeZone={timeZone} />
      <ul className="link-list setup-links">
        <li>
          <Link href={`${organizePaths.stages(stage.contest_id)}?edit=${encodeURIComponent(stage.id)}`}>{t('judgingSetup.stagePage.settings')}</Link>
        </li>
        <li>
          <Link href={organizePaths.stageResults(stage.id)}>{t('judgingSetup.close.preview')}</Link>
        </li>
        <li>
          <Link href={organizePaths.stages(stage.contest_id)}>{t('judgingSetup.stagePage.allStages')}</Link>
        </li>
      </ul>
      <PanelSection stage={stage} timeZone={timeZone} />
      <AssignmentsSection stage={stage} />
      {pairwise && <PairwiseRanking stage={stage} />}
      {!pairwise && <BonusClaimsSection stage={stage} timeZone={timeZone} />}
      {!pairwise && <ScoreChangesSection stage={stage} timeZone={timeZone} />}
      <ExportsSection stage={stage} />
      <CloseStageSection stage={stage} timeZone={timeZone} />
    </>
  )
}
