import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import { ApiError } from '../../../lib/api-client'
import type { CertificateView } from '../../../lib/api/types'
import { formatDateInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useContest } from '../../contests/api/contests'
import { resultsPath } from '../../results/utils/paths'
import { certificatePdfUrl, useCertificate } from '../api/certificates'
import { CertificateLookup } from './certificate-lookup'

/** The verification of one code: what the certificate certifies, or that none has this code. */
export function CertificateCheck({ code }: { code: string }) {
  const { t } = useI18n()
  const certificate = useCertificate(code)

  if (certificate.isError) {
    const unknown = certificate.error instanceof ApiError && certificate.error.status === 404
    return (
      <>
        <ErrorAlert>
          <p className="notice-title">{unknown ? t('certificate.notFound', { code }) : errorMessage(certificate.error, t)}</p>
          {unknown && <p>{t('certificate.notFoundHelp')}</p>}
        </ErrorAlert>
        <CertificateLookup initialCode={code} />
      </>
    )
  }
  if (!certificate.data) return <p role="status">{t('app.loading')}</p>
  return <CertificateDetails certificate={certificate.data} />
}

function CertificateDetails({ certificate }: { certificate: CertificateView }) {
  const { language, t, text } = useI18n()
  // The issue date as the contest dates it, in its time zone (the reader's until the contest is read).
  const contest = useContest(certificate.contest_id)
  const zone = contest.data?.time_zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  return (
    <>
      <StatusMessage>
        <p className="notice-title">{t('certificate.valid')}</p>
      </StatusMessage>
      <dl className="details certificate">
        <dt>{t('certificate.award')}</dt>
        <dd>{text(certificate.award)}</dd>
        <dt>{t('certificate.winner')}</dt>
        <dd>{certificate.winner_name}</dd>
        {certificate.work_title && (
          <>
            <dt>{t('certificate.work')}</dt>
            <dd>{certificate.work_title}</dd>
          </>
        )}
        <dt>{t('certificate.contest')}</dt>
        <dd>
          <Link href={resultsPath(certificate.contest_id)}>{text(certificate.contest_title)}</Link>
        </dd>
        <dt>{t('certificate.organization')}</dt>
        <dd>{certificate.organization_name}</dd>
        <dt>{t('certificate.issuedAt')}</dt>
        <dd>
          <time dateTime={isoInstant(certificate.issued_at)}>{formatDateInZone(certificate.issued_at, zone, language)}</time>
        </dd>
        <dt>{t('certificate.code')}</dt>
        <dd className="certificate-code">{certificate.code}</dd>
      </dl>
      <p>
        <a href={certificatePdfUrl(certificate.code)} download className="button button-secondary">
          {t('certificate.downloadPdf')}
        </a>
      </p>
    </>
  )
}
