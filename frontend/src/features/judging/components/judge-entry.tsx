import type { ContestView, JudgeEntryView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { answerRows } from '../utils/answers'
import { JudgeFile } from './judge-file'

/**
 * The entry as its judge reads it: the answers under the form's labels, its
 * files by slot, and — only in open stages, where the API sends them — who
 * entered it. In a blind stage the API leaves the entrant and the
 * identifying answers out, and nothing here hints at them.
 */
export function JudgeEntry({ entry, contest, headingId }: { entry: JudgeEntryView; contest: ContestView; headingId: string }) {
  const { t, text } = useI18n()
  const rows = answerRows(contest.form, entry.answers as Record<string, unknown>, { t, text })
  const category = entry.category ? contest.categories.find((c) => c.key === entry.category) : undefined
  const slots = (contest.form.file_slots ?? [])
    .map((slot) => ({ slot, files: entry.files.filter((f) => f.slot === slot.key) }))
    .filter((group) => group.files.length > 0)

  return (
    <section className="judge-entry" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>{t('judging.entry.title')}</h2>
      {entry.blind && <p className="badge badge-blind">{t('judging.entry.blind')}</p>}
      <dl className="judge-answers">
        {entry.entrant && (
          <div>
            <dt>{t('judging.entry.entrant')}</dt>
            <dd>{entry.entrant}</dd>
          </div>
        )}
        {entry.receipt_number && (
          <div>
            <dt>{t('myEntries.receipt')}</dt>
            <dd>{entry.receipt_number}</dd>
          </div>
        )}
        {category && (
          <div>
            <dt>{t('entry.category')}</dt>
            <dd>{text(category.label)}</dd>
          </div>
        )}
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
      {rows.length === 0 && <p>{t('judging.entry.noAnswers')}</p>}
      {slots.map(({ slot, files }) => (
        <section key={slot.key} aria-labelledby={`slot-${slot.key}-title`}>
          <h3 id={`slot-${slot.key}-title`}>{text(slot.label)}</h3>
          <ul className="judge-files">
            {files.map((file, i) => (
              <li key={file.id}>
                <JudgeFile file={file} name={files.length > 1 ? `${text(slot.label)} ${i + 1}` : text(slot.label)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
