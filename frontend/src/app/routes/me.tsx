import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { AccountDetails } from '../../features/account/components/account-details'
import { SignOutButton } from '../../features/auth/components/sign-out-button'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { TEAMS_PATH } from '../../features/organize/utils/paths'
import { useI18n } from '../../lib/i18n'

export function MeRoute() {
  const { t } = useI18n()
  const { state } = useAuth()
  return (
    <>
      <PageTitle documentTitle={t('me.title')}>{t('me.title')}</PageTitle>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'signed-out' && (
        <p>
          {t('me.signInRequired')} <Link href="/sign-in">{t('nav.signIn')}</Link>
        </p>
      )}
      {state.status === 'signed-in' && (
        <>
          <AccountDetails />
          <p>
            <Link href="/me/entries">{t('nav.myEntries')}</Link> · <Link href={TEAMS_PATH}>{t('teams.mine.title')}</Link>
          </p>
          <div className="actions">
            <SignOutButton />
          </div>
        </>
      )}
    </>
  )
}
