import { useParams } from 'react-router'
import { PageTitle } from '../../components/ui/page-title'
import { CertificateCheck } from '../../features/certificates/components/certificate-details'
import { CertificateLookup } from '../../features/certificates/components/certificate-lookup'
import { useI18n } from '../../lib/i18n'

/** /certificates: type the code printed on a certificate. */
export function CertificatesRoute() {
  const { t } = useI18n()
  return (
    <>
      <PageTitle documentTitle={t('certificate.title')}>{t('certificate.title')}</PageTitle>
      <p className="lead">{t('certificate.lead')}</p>
      <CertificateLookup />
    </>
  )
}

/** /certificates/:code: what the certificate with that code certifies (the PDF links here). */
export function CertificateRoute() {
  const { code = '' } = useParams()
  const { t } = useI18n()
  return (
    <>
      <PageTitle documentTitle={t('certificate.title')}>{t('certificate.title')}</PageTitle>
      {/* A new code is a new check: the form and its state start over. */}
      <CertificateCheck key={code} code={code} />
    </>
  )
}
