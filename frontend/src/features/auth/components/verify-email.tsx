import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { errorMessage } from '../../../lib/problem-messages'
import { useI18n } from '../../../lib/i18n'
import { useRequestOnce } from '../../../lib/use-request'
import { verifyEmail } from '../api/auth'

/** Consumes the one-time token from the verification email as soon as the page opens. */
export function VerifyEmail({ token }: { token: string | null }) {
  const { t } = useI18n()
  const result = useRequestOnce(token ? `verify-email:${token}` : null, () => verifyEmail(token!))

  if (!token) {
    return (
      <ErrorAlert>
        <p>{t('verifyEmail.missingToken')}</p>
      </ErrorAlert>
    )
  }
  switch (result.status) {
    case 'success':
      return (
        <StatusMessage>
          <p>{t('verifyEmail.success')}</p>
        </StatusMessage>
      )
    case 'error':
      return (
        <ErrorAlert>
          <p>{errorMessage(result.error, t)}</p>
        </ErrorAlert>
      )
    default:
      return <p role="status">{t('verifyEmail.pending')}</p>
  }
}
