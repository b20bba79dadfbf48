import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { MyStages } from '../../features/judging/components/my-stages'
import { SignInFirst } from '../../features/judging/components/sign-in-first'
import { JUDGING_PATH } from '../../features/judging/utils/paths'
import { useI18n } from '../../lib/i18n'

/** "My judging": the invitation mail links here. */
export function JudgingRoute() {
  const { t } = useI18n()
  const { state } = useAuth()
  return (
    <>
      <PageTitle documentTitle={t('judging.title')}>{t('judging.title')}</PageTitle>
      <p className="lead">{t('judging.lead')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'signed-out' && <SignInFirst next={JUDGING_PATH} />}
      {state.status === 'signed-in' && <MyStages />}
    </>
  )
}
