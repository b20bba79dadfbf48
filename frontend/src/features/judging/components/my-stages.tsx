import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import type { MyStage, StageState } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useAcceptInvitation, useMyJudging } from '../api/judging'
import { stagePath } from '../utils/paths'
import { JudgingProgress } from './judging-progress'
import { StageWindow } from './stage-window'

/** Stages being scored come first, then those about to open, then the finished ones. */
const ORDER: Record<StageState, number> = { scoring: 0, upcoming: 1, ended: 2, closed: 3 }

/** "My judging": invitations waiting for an answer, and the stages I judge with my progress. */
export function MyStages() {
  const { t } = useI18n()
  const judging = useMyJudging()

  if (judging.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(judging.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (!judging.data) return <p role="status">{t('app.loading')}</p>

  const sorted = [...judging.data].sort((a, b) => ORDER[a.stage.state] - ORDER[b.stage.state])
  const invitations = sorted.filter((s) => s.status === 'invited')
  const active = sorted.filter((s) => s.status !== 'invited')
  return (
    <>
      {invitations.length > 0 && (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('judging.invitations')}</h2>
          <ul className="stage-list">
            {invitations.map((mine) => (
              <li key={mine.stage.id}>
                <StageCard mine={mine} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="stages-title">
        <h2 id="stages-title">{t('judging.stages')}</h2>
        {active.length === 0 ? (
          <p>{t('judging.noStages')}</p>
        ) : (
          <ul className="stage-list">
            {active.map((mine) => (
              <li key={mine.stage.id}>
                <StageCard mine={mine} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

function StageCard({ mine }: { mine: MyStage }) {
  const { t, text } = useI18n()
  const { stage, progress } = mine
  const accept = useAcceptInvitation()
  const invited = mine.status === 'invited'
  const titleId = `stage-${stage.id}-title`
  const name = `${text(mine.contest_title)} · ${text(stage.name)}`
  return (
    <article className="stage-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="stage-card-title">
        {invited ? name : <Link href={stagePath(stage.id)}>{name}</Link>}
      </h3>
      <p className="stage-card-meta">
        <span className="badge">{t(stage.mode === 'pairwise' ? 'judging.mode.pairwise' : 'judging.mode.rubric')}</span>{' '}
        {stage.blind && <span className="badge">{t('judging.blind')}</span>}
      </p>
      <StageWindow stage={stage} />
      {invited ? (
        <>
          <p>{t('judging.invitationLead')}</p>
          {accept.isError && (
            <ErrorAlert>
              <p>{errorMessage(accept.error, t)}</p>
            </ErrorAlert>
          )}
          <Button busy={accept.isPending} onClick={() => accept.mutate(stage.id)}>
            {t('judging.accept', { stage: text(stage.name) })}
          </Button>
        </>
      ) : (
        <>
          {stage.mode !== 'pairwise' && <JudgingProgress progress={progress} id={`stage-${stage.id}-progress`} />}
          {stage.state === 'scoring' && (
            <p>
              <Link href={stagePath(stage.id)} className="button button-primary">
                {t(stage.mode === 'pairwise' ? 'judging.openPairwise' : 'judging.openStage', { stage: text(stage.name) })}
              </Link>
            </p>
          )}
        </>
      )}
    </article>
  )
}
