import { PageTitle } from '../../components/ui/page-title'
import { GuardianConsent } from '../../features/consents/components/guardian-consent'
import { useI18n } from '../../lib/i18n'
import { useSearchParam } from '../../lib/navigation'

export function GuardianConsentRoute() {
  const { t } = useI18n()
  return (
    <>
      <PageTitle documentTitle={t('guardian.title')}>{t('guardian.title')}</PageTitle>
      <GuardianConsent token={useSearchParam('token')} />
    </>
  )
}
