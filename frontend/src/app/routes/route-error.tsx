import { PageTitle } from '../../components/ui/page-title'
import { useI18n } from '../../lib/i18n'

/**
 * Shown in place of a page that failed while rendering (a bug): a calm
 * message and a way home, inside the normal layout. A plain <a> reloads the
 * app, which clears whatever state broke it.
 */
export function RouteErrorRoute() {
  const { t } = useI18n()
  return (
    <>
      <PageTitle documentTitle={t('error.generic')}>{t('error.generic')}</PageTitle>
      <p>
        <a href="/">{t('app.backHome')}</a>
      </p>
    </>
  )
}
