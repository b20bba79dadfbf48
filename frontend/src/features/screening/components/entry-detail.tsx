import { useEffect, useRef } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { ScreeningLink as Link } from './screening-link'
import type { ContestView, FileView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { JudgeFile } from '../../judging/components/judge-file'
import { answerRows } from '../../judging/utils/answers'
import { useEntry, useEntryFiles } from '../api/screening'
import type { ScreenedEntry } from '../api/shapes'
import { ScreeningBadge } from './screening-badge'
import { ScreeningDecisionForm } from './screening-decision-form'

/**
 * One entry as its organizers screen it: who entered, when, its answers
 * under the form's labels, its files (images as thumbnails, fetched with the
 * token), its screening state and the decision form. Its heading takes
 * focus when it opens, so keyboard and screen-reader users land on it.
 */
export function EntryDetail({
  contest,
  entryId,
  screened,
  closeHref,
}: {
  contest: ContestView
  entryId: string
  /** The entry as the list shows it, when it is on a loaded page. */
  screened: ScreenedEntry | undefined
  closeHref: string
}) {
  const { language, t, text } = useI18n()
  const entry = useEntry(entryId)
  const files = useEntryFiles(entryId)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [entryId])

  const shown = entry.data ?? screened
  const rows = shown ? answerRows(contest.form, shown.answers as Record<string, unknown>, { t, text }) : []
  const category = shown?.category ? contest.categories.find((c) => c.key === shown.category) : undefined
  const receipt = shown?.receipt_number ?? t('screening.noReceipt')

  return (
    <section className="screening-detail panel" aria-labelledby="screening-detail-title">
      <h2 id="screening-detail-title" ref={heading} tabIndex={-1}>
        {t('screening.detail.title', { receipt })}
      </h2>
      <p>
        <Link href={closeHref}>{t('screening.detail.close')}</Link>
      </p>
      {entry.isPending && !screened && <p role="status">{t('app.loading')}</p>}
      {entry.isError && (
        <ErrorAlert>
          <p>{errorMessage(entry.error, t)}</p>
        </ErrorAlert>
      )}
      {shown && (
        <dl className="details">
          {screened && (
            <>
              <dt>{t('screening.table.entrant')}</dt>
              <dd>
                {screened.entrant}
                {screened.team_id && ` · ${t('screening.team')}`}
              </dd>
              <dt>{t('screening.table.screening')}</dt>
              <dd>
                <ScreeningBadge state={screened.screening} />
                {screened.screening_reason && <span className="screening-reason">{screened.screening_reason}</span>}
              </dd>
              {screened.screened_at && (
                <>
                  <dt>{t('screening.detail.screenedAt')}</dt>
                  <dd>
                    <time dateTime={isoInstant(screened.screened_at)}>
                      {formatDateTimeInZone(screened.screened_at, contest.time_zone, language)}
                    </time>
                  </dd>
                </>
              )}
            </>
          )}
          <dt>{t('screening.table.status')}</dt>
          <dd>{t(shown.status === 'withdrawn' ? 'screening.status.withdrawn' : 'screening.status.submitted')}</dd>
          {shown.submitted_at && (
            <>
              <dt>{t('screening.detail.submitted')}</dt>
              <dd>
                <time dateTime={isoInstant(shown.submitted_at)}>
                  {formatDateTimeInZone(shown.submitted_at, contest.time_zone, language)}
                </time>
              </dd>
            </>
          )}
          {category && (
            <>
              <dt>{t('screening.table.category')}</dt>
              <dd>{text(category.label)}</dd>
            </>
          )}
        </dl>
      )}

      {shown && (
        <section aria-labelledby="screening-answers-title">
          <h3 id="screening-answers-title">{t('screening.detail.answers')}</h3>
          {rows.length === 0 ? (
            <p>{t('screening.detail.noAnswers')}</p>
          ) : (
            <dl className="judge-answers">
              {rows.map((row) => (
                <div key={row.key}>
                  <dt>{text(row.label)}</dt>
                  <dd className={row.value.kind === 'text' && row.value.long ? 'preserve-lines' : undefined}>
                    {row.value.kind === 'url' ? (
                      <a href={row.value.href} target="_blank" rel="noopener noreferrer">
                        {row.value.href}
                      </a>
                    ) : (
                      row.value.text
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      )}

      <section aria-labelledby="screening-files-title">
        <h3 id="screening-files-title">{t('screening.detail.files')}</h3>
        {files.isError && (
          <ErrorAlert>
            <p>{errorMessage(files.error, t)}</p>
          </ErrorAlert>
        )}
        {files.data && files.data.length === 0 && <p>{t('screening.detail.noFiles')}</p>}
        {files.data && files.data.length > 0 && <EntryFiles contest={contest} files={files.data} />}
      </section>

      {shown && shown.status !== 'withdrawn' && (
        <ScreeningDecisionForm key={entryId} contestId={contest.id} entryId={entryId} current={screened?.screening} />
      )}
    </section>
  )
}

/** The files by slot; organizers may see what the entrant called each one. */
function EntryFiles({ contest, files }: { contest: ContestView; files: FileView[] }) {
  const { text } = useI18n()
  const slots = contest.form.file_slots ?? []
  const slotName = (key: string) => {
    const slot = slots.find((s) => s.key === key)
    return slot ? text(slot.label) : key
  }
  return (
    <ul className="judge-files">
      {files.map((file) => {
        const sameSlot = files.filter((f) => f.slot === file.slot)
        const number = sameSlot.length > 1 ? ` ${sameSlot.indexOf(file) + 1}` : ''
        return (
          <li key={file.id}>
            <JudgeFile file={file} name={`${slotName(file.slot)}${number} (${file.original_name})`} />
          </li>
        )
      })}
    </ul>
  )
}
