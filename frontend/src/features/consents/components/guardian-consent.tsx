import { useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { errorMessage } from '../../../lib/problem-messages'
import { useI18n } from '../../../lib/i18n'
import { useRequestOnce } from '../../../lib/use-request'
import { getGuardianConsentRequest, giveGuardianConsent } from '../api/consents'
import { ConsentDocumentView } from './consent-document'

type Decision = { status: 'idle' | 'sending' | 'done' } | { status: 'error'; message: string }

/** Shows a guardian what a child under 14 asks them to consent to, and records the consent. */
export function GuardianConsent({ token }: { token: string | null }) {
  const { t } = useI18n()
  const request = useRequestOnce(token ? `guardian-consent:${token}` : null, () =>
    getGuardianConsentRequest(token!),
  )
  const [decision, setDecision] = useState<Decision>({ status: 'idle' })

  if (!token) {
    return (
      <ErrorAlert>
        <p>{t('guardian.missingToken')}</p>
      </ErrorAlert>
    )
  }
  if (request.status === 'error') {
    return (
      <ErrorAlert>
        <p>{errorMessage(request.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (request.status !== 'success') return <p role="status">{t('app.loading')}</p>

  const { child_display_name: child, guardian_name: guardian, documents } = request.data
  if (decision.status === 'done') {
    return (
      <StatusMessage>
        <p>{t('guardian.done', { child })}</p>
      </StatusMessage>
    )
  }

  const consent = async () => {
    setDecision({ status: 'sending' })
    try {
      await giveGuardianConsent(token)
      setDecision({ status: 'done' })
    } catch (error) {
      setDecision({ status: 'error', message: errorMessage(error, t) })
    }
  }

  return (
    <>
      <p>{t('guardian.lead', { guardian, child })}</p>
      <h2>{t('guardian.documents')}</h2>
      {documents.map((document) => (
        <ConsentDocumentView key={document.kind} document={document} />
      ))}
      {decision.status === 'error' && (
        <ErrorAlert>
          <p>{decision.message}</p>
        </ErrorAlert>
      )}
      <Button busy={decision.status === 'sending'} onClick={consent}>
        {decision.status === 'sending' ? t('form.submitting') : t('guardian.submit')}
      </Button>
    </>
  )
}
