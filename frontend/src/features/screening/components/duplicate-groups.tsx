import { ErrorAlert } from '../../../components/ui/alert'
import { ScreeningLink as Link } from './screening-link'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useDuplicates } from '../api/screening'
import type { EntryRef } from '../api/shapes'

/**
 * The duplicates report: names that are the same once normalized (the
 * earliest receipt is the original, later ones duplicates), names a small
 * edit apart, and near-identical photos. Every entry links to its detail;
 * each group can be shown on its own in the list.
 */
export function DuplicateGroups({
  contestId,
  entryHref,
  groupHref,
}: {
  contestId: string
  entryHref: (entryId: string) => string
  groupHref: (key: string) => string
}) {
  const { t } = useI18n()
  const report = useDuplicates(contestId)

  const entryLink = (ref: { entry_id: string; receipt_number?: string | null }) => (
    <Link href={entryHref(ref.entry_id)}>{ref.receipt_number ?? t('screening.noReceipt')}</Link>
  )
  const named = (ref: EntryRef) => (
    <>
      {entryLink(ref)} <q>{ref.text}</q>
    </>
  )

  return (
    <section aria-labelledby="duplicates-title" className="screening-duplicates">
      <h2 id="duplicates-title">{t('screening.duplicates.title')}</h2>
      {report.isPending && <p role="status">{t('app.loading')}</p>}
      {report.isError && (
        <ErrorAlert>
          <p>{errorMessage(report.error, t)}</p>
        </ErrorAlert>
      )}
      {report.data && (
        <>
          <h3>{t('screening.duplicates.groups', { count: report.data.groups.length })}</h3>
          {report.data.groups.length === 0 ? (
            <p>{t('screening.duplicates.noGroups')}</p>
          ) : (
            <ul className="duplicate-groups">
              {report.data.groups.map((group, i) => (
                <li key={group.key}>
                  <article aria-labelledby={`duplicate-group-${i}`} className="duplicate-group">
                    <h4 id={`duplicate-group-${i}`}>
                      {t('screening.duplicates.group', { text: group.original.text, count: group.duplicates.length + 1 })}
                    </h4>
                    <dl className="facts">
                      <dt>{t('screening.duplicates.original')}</dt>
                      <dd>{named(group.original)}</dd>
                      <dt>{t('screening.duplicates.later')}</dt>
                      <dd>
                        <ul>
                          {group.duplicates.map((ref) => (
                            <li key={ref.entry_id}>{named(ref)}</li>
                          ))}
                        </ul>
                      </dd>
                    </dl>
                    <p>
                      <Link href={groupHref(group.key)} trail={[]}>
                        {t('screening.duplicates.showGroup', { text: group.original.text })}
                      </Link>
                    </p>
                  </article>
                </li>
              ))}
            </ul>
          )}

          <h3>{t('screening.duplicates.similar', { count: report.data.similar.length })}</h3>
          {report.data.similar.length === 0 ? (
            <p>{t('screening.duplicates.noSimilar')}</p>
          ) : (
            <ul>
              {report.data.similar.map((pair) => (
                <li key={`${pair.a.entry_id}-${pair.b.entry_id}`}>
                  {named(pair.a)} {t('screening.duplicates.and')} {named(pair.b)}{' '}
                  <span className="screening-muted">{t('screening.duplicates.distance', { distance: pair.distance })}</span>
                </li>
              ))}
            </ul>
          )}

          <h3>{t('screening.duplicates.photos', { count: report.data.photos.length })}</h3>
          {report.data.photos.length === 0 ? (
            <p>{t('screening.duplicates.noPhotos')}</p>
          ) : (
            <ul>
              {report.data.photos.map((pair) => (
                <li key={`${pair.a.file_id}-${pair.b.file_id}`}>
                  {entryLink(pair.a)} {t('screening.duplicates.and')} {entryLink(pair.b)}{' '}
                  <span className="screening-muted">{t('screening.duplicates.bits', { distance: pair.distance })}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
