import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { RegisterForm } from '../../features/auth/components/register-form'
import { useI18n } from '../../lib/i18n'

export function RegisterRoute() {
  const { t } = useI18n()
  return (
    <>
      <PageTitle documentTitle={t('register.title')}>{t('register.title')}</PageTitle>
      <p>{t('register.lead')}</p>
      <RegisterForm />
      <p className="aside">
        {t('register.haveAccount')} <Link href="/sign-in">{t('nav.signIn')}</Link>
      </p>
    </>
  )
}
