import { useState, type FormEvent } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { StageView } from '../../../lib/api/types'
import { formatDateInZone } from '../../../lib/datetime'
import { useI18n, type MessageKey } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useBonusClaims, useDecideBonusClaim } from '../api/oversight'
import { useEntryNames } from '../hooks/use-entry-names'
import { formatPoints } from '../utils/format'
import { TextArea } from './controls'
import { EntryName } from './entry-name'

const STATUS: Record<string, MessageKey> = {
  pending: 'judgingSetup.claims.status.pending',
  verified: 'judgingSetup.claims.status.verified',
  rejected: 'judgingSetup.claims.status.rejected',
}

type Claim = NonNullable<ReturnType<typeof useBonusClaims>['data']>[number]

/**
 * Bonus points claimed by entrants, with their evidence, for the organizer
 * to verify or reject (with a reason). A decision may change until the stage closes.
 */
export function BonusClaimsSection({ stage, timeZone }: { stage: StageView; timeZone: string }) {
  const { t, text, language } = useI18n()
  const claims = useBonusClaims(stage.id)
  const decide = useDecideBonusClaim(stage.id)
  const [rejecting, setRejecting] = useState<Claim | null>(null)
  const closed = stage.state === 'closed'
  const entries = useEntryNames(
    stage,
    (claims.data ?? []).map((claim) => claim.entry_id),
  )
  const rules = new Map((stage.recipe.bonus_rules ?? []).map((r) => [r.key, r]))
  const ruleName = (key: string) => {
    const rule = rules.get(key)
    return rule ? t('judgingSetup.claims.rule', { label: text(rule.label), points: formatPoints(rule.points, language) }) : key
  }

  return (
    <section className="setup-section" aria-labelledby="claims-title">
      <h2 id="claims-title">{t('judgingSetup.claims.title')}</h2>
      <p className="field-hint">
        {stage.recipe.bonus_cap
          ? t('judgingSetup.claims.leadCap', { cap: formatPoints(stage.recipe.bonus_cap, language) })
          : t('judgingSetup.claims.lead')}
      </p>
      {decide.isError && !rejecting && (
        <ErrorAlert>
          <p>{errorMessage(decide.error, t)}</p>
        </ErrorAlert>
      )}
      {rejecting && (
        <RejectForm
          entryName={entries.nameOf(rejecting.entry_id)}
          ruleName={ruleName(rejecting.rule)}
          busy={decide.isPending}
          failure={decide.error}
          onCancel={() => setRejecting(null)}
          onReject={(reason) =>
            decide.mutate({ claimId: rejecting.id, verified: false, reason }, { onSuccess: () => setRejecting(null) })
          }
        />
      )}
      {claims.isError ? (
        <ErrorAlert>
          <p>{errorMessage(claims.error, t)}</p>
        </ErrorAlert>
      ) : !claims.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : claims.data.length === 0 ? (
        <p>{t('judgingSetup.claims.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="setup-table" aria-labelledby="claims-title">
            <thead>
              <tr>
                <th scope="col">{t('judgingSetup.assignments.entry')}</th>
                <th scope="col">{t('judgingSetup.claims.ruleColumn')}</th>
                <th scope="col">{t('judgingSetup.claims.evidence')}</th>
                <th scope="col">{t('judgingSetup.claims.statusColumn')}</th>
                <th scope="col">{t('judgingSetup.panel.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {claims.data.map((claim) => (
                <tr key={claim.id}>
                  <th scope="row">
                    <EntryName entryId={claim.entry_id} name={entries.nameOf(claim.entry_id)} named={entries.isNamed(claim.entry_id)} />
                  </th>
                  <td>{ruleName(claim.rule)}</td>
                  <td>
                    <span className="preserve-lines">{claim.evidence}</span>
                    <br />
                    <span className="field-hint">{t('judgingSetup.claims.claimedOn', { date: formatDateInZone(claim.claimed_at, timeZone, language) })}</span>
                  </td>
                  <td>
                    {t(STATUS[claim.status] ?? 'judgingSetup.claims.status.pending')}
                    {claim.reason && (
                      <>
                        <br />
                        <span className="field-hint">{t('judgingSetup.declaration.reason', { reason: claim.reason })}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {!closed && (
                      <div className="actions">
                        {claim.status !== 'verified' && (
                          <Button
                            variant="secondary"
                            className="button-small"
                            busy={decide.isPending}
                            onClick={() => decide.mutate({ claimId: claim.id, verified: true, reason: null })}
                          >
                            {t('judgingSetup.claims.verify', { entry: entries.nameOf(claim.entry_id) })}
                          </Button>
                        )}
                        {claim.status !== 'rejected' && (
                          <Button variant="secondary" className="button-small" onClick={() => {
                              decide.reset()
                              setRejecting(claim)
                            }}>
                            {t('judgingSetup.claims.reject', { entry: entries.nameOf(claim.entry_id) })}
                          </Button>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

interface RejectFormProps {
  entryName: string
  ruleName: string
  busy: boolean
  failure: unknown
  onReject: (reason: string) => void
  onCancel: () => void
}

function RejectForm({ entryName, ruleName, busy, failure, onReject, onCancel }: RejectFormProps) {
  const { t } = useI18n()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!reason.trim()) {
      setError(t('judgingSetup.removal.reasonRequired'))
      return
    }
    setError(undefined)
    onReject(reason.trim())
  }
  return (
    <form className="setup-confirm" noValidate onSubmit={submit} aria-labelledby="reject-title">
      <p id="reject-title" className="notice-title">
        {t('judgingSetup.claims.rejectTitle', { entry: entryName, rule: ruleName })}
      </p>
      {failure !== null && failure !== undefined && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
      <TextArea id="reject-reason" label={t('judgingSetup.claims.rejectReason')} required autoFocus value={reason} error={error} onChange={(e) => setReason(e.target.value)} />
      <div className="actions">
        <Button type="submit" busy={busy}>
          {t('judgingSetup.claims.rejectSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('judgingSetup.cancel')}
        </Button>
      </div>
    </form>
  )
}
