import { useState, type FormEvent } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import type { StageView } from '../../../lib/api/types'
import { ApiError } from '../../../lib/api-client'
import { formatDateInZone } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useInviteJudge, usePanel, useRemoveJudge } from '../api/panel'
import { serverFieldErrors } from '../utils/server-errors'
import { sumProgress } from '../utils/progress'
import { PanelProgress } from './panel-progress'

type Member = NonNullable<ReturnType<typeof usePanel>['data']>[number]

const EMAIL_ID = 'invite-email'

/** The stage's panel: invite judges by email, see each one's progress, remove one. */
export function PanelSection({ stage, timeZone }: { stage: StageView; timeZone: string }) {
  const { t } = useI18n()
  const panel = usePanel(stage.id)
  const closed = stage.state === 'closed'
  const current = panel.data?.filter((m) => m.status !== 'removed') ?? []
  return (
    <section className="setup-section" aria-labelledby="panel-title">
      <h2 id="panel-title">{t('judgingSetup.panel.title')}</h2>
      <p className="field-hint">{t('judgingSetup.panel.lead')}</p>
      {!closed && <InviteForm stageId={stage.id} />}
      {panel.isError ? (
        <ErrorAlert>
          <p>{errorMessage(panel.error, t)}</p>
        </ErrorAlert>
      ) : !panel.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : panel.data.length === 0 ? (
        <p>{t('judgingSetup.panel.empty')}</p>
      ) : (
        <>
          <PanelProgress id="panel-progress" judges={current.length} progress={sumProgress(current.map((m) => m.progress))} pairwise={stage.mode === 'pairwise'} />
          <PanelTable stage={stage} members={panel.data} timeZone={timeZone} />
        </>
      )}
    </section>
  )
}

function InviteForm({ stageId }: { stageId: string }) {
  const { t } = useI18n()
  const invite = useInviteJudge(stageId)
  const [email, setEmail] = useState('')
  const [fieldError, setFieldError] = useState<string | undefined>()
  const [attempt, setAttempt] = useState(0)
  const [done, setDone] = useState<{ email: string; created: boolean } | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (invite.isPending) return
    setDone(null)
    const address = email.trim()
    const problem = address === '' ? t('judgingSetup.panel.emailRequired') : !/^[^\s@]+@[^\s@]+$/.test(address) ? t('judgingSetup.error.email') : undefined
    setFieldError(problem)
    if (problem) {
      setAttempt((n) => n + 1)
      return
    }
    invite.reset()
    invite.mutate(address, {
      onSuccess: ({ member, created }) => {
        setDone({ email: member.email, created })
        setEmail('')
      },
      onError: (error) => {
        const fields = serverFieldErrors(error, t)
        if (fields.email) {
          setFieldError(fields.email)
          setAttempt((n) => n + 1)
        }
      },
    })
  }

  const failure = invite.error instanceof ApiError && invite.error.status === 422 && fieldError ? null : invite.error
  return (
    <form className="setup-subsection" noValidate onSubmit={submit} aria-labelledby="invite-title">
      <h3 id="invite-title">{t('judgingSetup.panel.invite')}</h3>
      {fieldError && <ErrorSummary key={attempt} title={t('form.errorSummary')} items={[{ message: fieldError, fieldId: EMAIL_ID }]} />}
      {failure && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
      {done && (
        <StatusMessage>
          <p>{t(done.created ? 'judgingSetup.panel.invited' : 'judgingSetup.panel.alreadyInvited', { email: done.email })}</p>
        </StatusMessage>
      )}
      <Field
        id={EMAIL_ID}
        type="email"
        autoComplete="off"
        label={t('judgingSetup.panel.email')}
        hint={t('judgingSetup.panel.emailHint')}
        required
        value={email}
        error={fieldError}
        onChange={(e) => {
          setEmail(e.target.value)
          setFieldError(undefined)
        }}
      />
      <Button type="submit" busy={invite.isPending}>
        {t('judgingSetup.panel.send')}
      </Button>
    </form>
  )
}

function PanelTable({ stage, members, timeZone }: { stage: StageView; members: Member[]; timeZone: string }) {
  const { t, language } = useI18n()
  const remove = useRemoveJudge(stage.id)
  const [confirming, setConfirming] = useState<Member | null>(null)
  const [removed, setRemoved] = useState<string | null>(null)
  const name = (m: Member) => (m.display_name ? `${m.display_name} (${m.email})` : m.email)

  return (
    <>
      {remove.isError && (
        <ErrorAlert>
          <p>{errorMessage(remove.error, t)}</p>
        </ErrorAlert>
      )}
      {removed && (
        <StatusMessage>
          <p>{t('judgingSetup.panel.removed', { name: removed })}</p>
        </StatusMessage>
      )}
      {confirming && (
        <div className="setup-confirm" role="group" aria-labelledby="remove-judge-title">
          <p id="remove-judge-title" className="notice-title">
            {t('judgingSetup.panel.removeConfirm', { name: name(confirming) })}
          </p>
          <p>{t('judgingSetup.panel.removeEffect')}</p>
          <div className="actions">
            <Button
              busy={remove.isPending}
              autoFocus
              onClick={() =>
                remove.mutate(confirming.id, {
                  onSuccess: () => {
                    setRemoved(name(confirming))
                    setConfirming(null)
                  },
                })
              }
            >
              {t('judgingSetup.panel.removeYes', { name: name(confirming) })}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              {t('judgingSetup.cancel')}
            </Button>
          </div>
        </div>
      )}
      <div className="table-scroll">
        <table className="setup-table">
          <caption className="setup-sr-only">{t('judgingSetup.panel.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('judgingSetup.panel.judge')}</th>
              <th scope="col">{t('judgingSetup.panel.status')}</th>
              <th scope="col">{t('judgingSetup.panel.progress')}</th>
              <th scope="col">{t('judgingSetup.panel.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row">{name(m)}</th>
                <td>
                  {t(`judgingSetup.panelStatus.${m.status === 'active' || m.status === 'removed' ? m.status : 'invited'}`)}
                  <br />
                  <span className="field-hint">
                    {t('judgingSetup.panel.invitedOn', { date: formatDateInZone(m.invited_at, timeZone, language) })}
                  </span>
                </td>
                <td>
                  {stage.mode === 'pairwise'
                    ? t('judgingSetup.panel.pairwiseProgress')
                    : t('judgingSetup.panel.memberProgress', {
                        scored: m.progress.scored,
                        assigned: m.progress.assigned,
                        remaining: m.progress.remaining,
                        conflicts: m.progress.conflicts,
                      })}
                </td>
                <td>
                  {m.status !== 'removed' && stage.state !== 'closed' && (
                    <Button variant="secondary" className="button-small" onClick={() => setConfirming(m)}>
                      {t('judgingSetup.panel.remove', { name: name(m) })}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
