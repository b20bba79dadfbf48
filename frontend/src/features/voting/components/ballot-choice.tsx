import type { BallotEntry, BallotFileView, ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { useFileUrl } from '../../judging/api/files'
import { answerRows } from '../../judging/utils/answers'

interface BallotChoiceProps {
  entry: BallotEntry
  contest: ContestView
  title: string
  checked: boolean
  /** The voter has used every vote: only ticked entries can change (be unticked). */
  full: boolean
  describedBy: string
  onToggle: (checked: boolean) => void
}

/** One entry on the ballot: a checkbox named by its title, its images, and its answers on request. */
export function BallotChoice({ entry, contest, title, checked, full, describedBy, onToggle }: BallotChoiceProps) {
  const { t, text } = useI18n()
  const id = `vote-${entry.entry_id}`
  const rows = answerRows(contest.form, entry.answers as Record<string, unknown>, { t, text })
  const images = entry.files.filter((file) => file.kind !== 'pdf')
  return (
    <div className={checked ? 'ballot-choice ballot-choice-checked' : 'ballot-choice'}>
      <div className="checkbox">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          disabled={full && !checked}
          aria-describedby={describedBy}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <label htmlFor={id}>{title}</label>
      </div>
      {images.length > 0 && (
        <ul className="work-files">
          {images.map((file, i) => (
            <li key={file.id}>
              <BallotImage file={file} alt={t('vote.imageAlt', { title: images.length > 1 ? `${title} ${i + 1}` : title })} />
            </li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <details>
          <summary>{t('vote.details', { title })}</summary>
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
        </details>
      )}
    </div>
  )
}

/**
 * A ballot entry's image needs the voter's token: it comes as a blob, like a
 * judge's. Its thumbnail, once made (an SVG has none: it is small and shown itself).
 */
function BallotImage({ file, alt }: { file: BallotFileView; alt: string }) {
  const { t } = useI18n()
  const svg = file.kind === 'svg'
  const url = useFileUrl(file.id, svg ? 'file' : 'thumbnail', svg || file.thumbnail_ready)
  return url ? (
    <img src={url} alt={alt} className="work-image" />
  ) : (
    <span className="work-image thumbnail-pending">{t('files.thumbnailPending')}</span>
  )
}
