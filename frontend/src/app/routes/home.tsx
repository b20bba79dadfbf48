import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { SignOutButton } from '../../features/auth/components/sign-out-button'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useI18n } from '../../lib/i18n'

export function HomeRoute() {
  const { t } = useI18n()
  const { state } = useAuth()
  return (
    <>
      <PageTitle documentTitle={t('home.title')}>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.description')}</p>

      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'signed-in' && (
        <div className="panel">
          <p>{t('home.signedInAs', { name: state.user.display_name })}</p>
          <div className="actions">
            <Link href="/me" className="button button-primary">
              {t('nav.me')}
            </Link>
            <SignOutButton />
          </div>
        </div>
      )}
      {state.status === 'signed-out' && (
        <div className="panel">
          <p>{t('home.signedOutLead')}</p>
          <div className="actions">
            <Link href="/sign-in" className="button button-primary">
              {t('nav.signIn')}
            </Link>
            <Link href="/register" className="button button-secondary">
              {t('nav.register')}
            </Link>
          </div>
        </div>
      )}

      <h2>{t('home.developers')}</h2>
      <p>
        {/* Served by the API server, not this app: a plain link, full page load. */}
        <a href="/api/docs/">{t('nav.apiDocs')}</a>
      </p>
    </>
  )
}
