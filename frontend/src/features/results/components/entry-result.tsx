import { ErrorAlert } from '../../../components/ui/alert'
import { Link } from '../../../components/ui/link'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { certificatePath, certificatePdfUrl } from '../../certificates/api/certificates'
import { useEntryResult } from '../api/results'
import { StageBreakdown } from './stage-breakdown'

/**
 * An entrant's own result once their contest's results are published: the
 * award (or none), the certificate to download and verify, and the per-stage
 * breakdown when the organizer shows it.
 */
export function EntryResult({ entryId }: { entryId: string }) {
  const { t, text } = useI18n()
  const result = useEntryResult(entryId)

  if (result.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(result.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (!result.data) return <p role="status">{t('app.loading')}</p>

  const { award, stages } = result.data
  const code = award?.certificate_code
  return (
    <>
      {award ? (
        <p className="award">
          {t('myResult.award', { award: text(award.label) })}
          {' · '}
          {t('results.place', { place: award.place })}
        </p>
      ) : (
        <p>{t('myResult.noAward')}</p>
      )}
      {code && (
        <ul className="link-list">
          <li>
            <a href={certificatePdfUrl(code)} download>
              {t('myResult.certificatePdf')}
            </a>
          </li>
          <li>
            <Link href={certificatePath(code)}>{t('myResult.verifyCertificate', { code })}</Link>
          </li>
        </ul>
      )}
      {stages?.map((stage, i) => <StageBreakdown key={stage.stage_id} stage={stage} last={i === stages.length - 1} />)}
    </>
  )
}
