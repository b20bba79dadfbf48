import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import { PageTitle } from '../../../components/ui/page-title'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useOrganization } from '../api/organizations'
import { organizePaths } from '../utils/paths'
import { NewContestForm } from './new-contest-form'

/** The page around the new-contest form: which organization it is for, and the way back. */
export function NewContestPage({ organizationId }: { organizationId: string }) {
  const { t, text } = useI18n()
  const organization = useOrganization(organizationId)
  const name = organization.data ? text({ ko: organization.data.name_ko, en: organization.data.name_en }) : ''
  return (
    <>
      <PageTitle documentTitle={t('organize.newContest.title')}>{t('organize.newContest.title')}</PageTitle>
      <p>
        <Link href={organizePaths.home}>{t('organize.backHome')}</Link>
      </p>
      {organization.isError && (
        <ErrorAlert>
          <p>{errorMessage(organization.error, t)}</p>
        </ErrorAlert>
      )}
      {organization.isPending && <p role="status">{t('app.loading')}</p>}
      {organization.data && (
        <>
          <p className="lead">{t('organize.newContest.lead', { organization: name })}</p>
          <NewContestForm organizationId={organizationId} />
        </>
      )}
    </>
  )
}
