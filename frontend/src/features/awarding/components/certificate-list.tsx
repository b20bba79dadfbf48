import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { formatDateInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { certificatePath } from '../../certificates/api/certificates'
import { useCertificates } from '../api/awards'

/** The contest's certificates, one per award, issued at publication: to hand out or print. */
export function CertificateList({ contest, published }: { contest: ContestView; published: boolean }) {
  const { t, text, language } = useI18n()
  const certificates = useCertificates(contest.id, published)

  let body
  if (!published) body = <p>{t('awarding.certificates.beforePublication')}</p>
  else if (certificates.isError) {
    body = (
      <ErrorAlert>
        <p>{errorMessage(certificates.error, t)}</p>
      </ErrorAlert>
    )
  } else if (!certificates.data) body = <p role="status">{t('app.loading')}</p>
  else if (certificates.data.length === 0) body = <p>{t('awarding.certificates.none')}</p>
  else {
    body = (
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('awarding.certificates.award')}</th>
              <th scope="col">{t('awarding.certificates.winner')}</th>
              <th scope="col">{t('awarding.certificates.work')}</th>
              <th scope="col">{t('awarding.certificates.code')}</th>
              <th scope="col">{t('awarding.certificates.issued')}</th>
            </tr>
          </thead>
          <tbody>
            {certificates.data.map((certificate) => (
              <tr key={certificate.code}>
                <td>{text(certificate.award)}</td>
                <td>{certificate.winner_name}</td>
                <td>{certificate.work_title ?? ''}</td>
                <td>
                  <Link href={certificatePath(certificate.code)} className="certificate-code">
                    {certificate.code}
                  </Link>
                </td>
                <td>
                  <time dateTime={isoInstant(certificate.issued_at)}>
                    {formatDateInZone(certificate.issued_at, contest.time_zone, language)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )
  }

  return (
    <section aria-labelledby="certificates-title" className="awarding-section">
      <h2 id="certificates-title">{t('awarding.certificates.title')}</h2>
      {body}
    </section>
  )
}
