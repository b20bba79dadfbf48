import { useNavigate } from 'react-router'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { SignInForm } from '../../features/auth/components/sign-in-form'
import { useI18n } from '../../lib/i18n'
import { safeNextPath, useSearchParam } from '../../lib/navigation'

export function SignInRoute() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const next = safeNextPath(useSearchParam('next'))
  return (
    <>
      <PageTitle documentTitle={t('signIn.title')}>{t('signIn.title')}</PageTitle>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
      <p className="aside">
        <Link href="/reset-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p className="aside">
        {t('signIn.noAccount')} <Link href="/register">{t('nav.register')}</Link>
      </p>
    </>
  )
}
