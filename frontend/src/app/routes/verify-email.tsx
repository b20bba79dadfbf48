import { PageTitle } from '../../components/ui/page-title'
import { VerifyEmail } from '../../features/auth/components/verify-email'
import { useI18n } from '../../lib/i18n'
import { useSearchParam } from '../../lib/navigation'

export function VerifyEmailRoute() {
  const { t } = useI18n()
  return (
    <>
      <PageTitle documentTitle={t('verifyEmail.title')}>{t('verifyEmail.title')}</PageTitle>
      <VerifyEmail token={useSearchParam('token')} />
    </>
  )
}
