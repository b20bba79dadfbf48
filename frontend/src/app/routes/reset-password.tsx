import { PageTitle } from '../../components/ui/page-title'
import { PasswordResetConfirmForm } from '../../features/auth/components/password-reset-confirm-form'
import { PasswordResetRequestForm } from '../../features/auth/components/password-reset-request-form'
import { useI18n } from '../../lib/i18n'
import { useSearchParam } from '../../lib/navigation'

/** Without a token: ask for a reset email. With the emailed token: set the new password. */
export function ResetPasswordRoute() {
  const { t } = useI18n()
  const token = useSearchParam('token')
  return (
    <>
      <PageTitle documentTitle={t('resetPassword.title')}>{t('resetPassword.title')}</PageTitle>
      {token ? <PasswordResetConfirmForm token={token} /> : <PasswordResetRequestForm />}
    </>
  )
}
