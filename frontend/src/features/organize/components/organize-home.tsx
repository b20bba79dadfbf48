import { ErrorAlert } from '../../../components/ui/alert'
import type { Me } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useMyOrganizations } from '../api/organizations'
import { NewOrganizationForm } from './new-organization-form'
import { OrganizationSection } from './organization-section'

/**
 * The organizer's home: each organization I belong to (every one, for an
 * admin) with its contests and its organizers. Admins may add an organization.
 */
export function OrganizeHome({ me }: { me: Me }) {
  const { t } = useI18n()
  const organizations = useMyOrganizations(me)

  if (organizations.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(organizations.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (!organizations.data) return <p role="status">{t('app.loading')}</p>

  return (
    <>
      {organizations.data.length === 0 && (
        <div className="notice">
          <p className="notice-title">{t('organize.home.noneTitle')}</p>
          <p>{t(me.is_admin ? 'organize.home.noneAdmin' : 'organize.home.none')}</p>
        </div>
      )}
      {organizations.data.map((organization) => (
        <OrganizationSection key={organization.id} organization={organization} me={me} />
      ))}
      {me.is_admin && <NewOrganizationForm />}
    </>
  )
}
