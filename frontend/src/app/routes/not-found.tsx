import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useI18n } from '../../lib/i18n'

export function NotFoundRoute() {
  const { t } = useI18n()
  return (
    <>
      <PageTitle documentTitle={t('app.notFound.title')}>{t('app.notFound.title')}</PageTitle>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link href="/">{t('app.backHome')}</Link>
      </p>
    </>
  )
}
