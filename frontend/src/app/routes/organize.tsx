import { useParams } from 'react-router'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { ContestEditor } from '../../features/organize/components/contest-editor'
import { NewContestPage } from '../../features/organize/components/new-contest-page'
import { OrganizeHome } from '../../features/organize/components/organize-home'
import { SignInToOrganize } from '../../features/organize/components/sign-in-to-organize'
import { organizePaths } from '../../features/organize/utils/paths'
import '../../features/organize/organize.css'
import { useI18n } from '../../lib/i18n'

/** The organizer's home: my organizations, their contests and organizers. */
export function OrganizeRoute() {
  const { t } = useI18n()
  const { state } = useAuth()
  return (
    <>
      <PageTitle documentTitle={t('organize.title')}>{t('organize.title')}</PageTitle>
      <p className="lead">{t('organize.home.lead')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'signed-out' && <SignInToOrganize next={organizePaths.home} />}
      {state.status === 'signed-in' && <OrganizeHome me={state.user} />}
    </>
  )
}

/** A new contest in an organization; saving opens its editor. */
export function NewContestRoute() {
  const { t } = useI18n()
  const { state } = useAuth()
  const { organizationId = '' } = useParams()
  if (state.status !== 'signed-in') {
    return (
      <>
        <PageTitle documentTitle={t('organize.newContest.title')}>{t('organize.newContest.title')}</PageTitle>
        {state.status === 'loading' ? (
          <p role="status">{t('app.loading')}</p>
        ) : (
          <SignInToOrganize next={organizePaths.newContest(organizationId)} />
        )}
      </>
    )
  }
  return <NewContestPage organizationId={organizationId} />
}

/** One contest's settings, publishing, cover and deadline. */
export function OrganizeContestRoute() {
  const { t } = useI18n()
  const { state } = useAuth()
  const { contestId = '' } = useParams()
  if (state.status !== 'signed-in') {
    return (
      <>
        <PageTitle documentTitle={t('organize.editor.pageTitle')}>{t('organize.editor.pageTitle')}</PageTitle>
        {state.status === 'loading' ? (
          <p role="status">{t('app.loading')}</p>
        ) : (
          <SignInToOrganize next={organizePaths.contest(contestId)} />
        )}
      </>
    )
  }
  return <ContestEditor contestId={contestId} />
}
