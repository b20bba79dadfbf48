import { useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import type { JudgeFileView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { fetchFileBlob, useFileUrl } from '../api/files'

const RASTER = ['jpeg', 'png', 'webp']

/** Human file size, e.g. "2.4 MB". */
function formatSize(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte']
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value)
}

/**
 * One file of the entry. Judges get no original file names (they could
 * identify the entrant), so each file is named by its slot and number.
 * Images show their thumbnail and open full size in place; PDFs download.
 */
export function JudgeFile({ file, name }: { file: JudgeFileView; name: string }) {
  const { language, t } = useI18n()
  const [full, setFull] = useState(false)
  const image = RASTER.includes(file.kind) || file.kind === 'svg'
  // SVGs have no thumbnail: the file itself is small and scales.
  const thumbnail = useFileUrl(file.id, 'thumbnail', image && file.kind !== 'svg' && file.thumbnail_ready && !full)
  const original = useFileUrl(file.id, 'file', image && (full || file.kind === 'svg'))
  const size = formatSize(file.size_bytes, language)

  if (!image) return <FileDownload file={file} label={t('judging.file.download', { name, kind: file.kind.toUpperCase(), size })} />

  const shown = full || file.kind === 'svg' ? original : thumbnail
  const alt = t('judging.file.imageAlt', { name })
  return (
    <figure className={full ? 'judge-image judge-image-full' : 'judge-image'}>
      {shown ? (
        <img src={shown} alt={alt} className={full || file.kind === 'svg' ? 'judge-image-original' : 'thumbnail'} />
      ) : (
        <span className="thumbnail thumbnail-pending">{t('files.thumbnailPending')}</span>
      )}
      <figcaption>
        {name}
        {file.width && file.height ? ` · ${file.width}×${file.height}` : ''} · {size}
        {file.kind !== 'svg' && (
          <>
            {' '}
            <button type="button" className="button button-secondary button-small" onClick={() => setFull(!full)}>
              {full ? t('judging.file.showSmall', { name }) : t('judging.file.showFull', { name })}
            </button>
          </>
        )}
      </figcaption>
    </figure>
  )
}

/** A file the browser cannot show inline: fetched with the token on request, then saved. */
function FileDownload({ file, label }: { file: JudgeFileView; label: string }) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const download = async () => {
    setBusy(true)
    setFailure(null)
    try {
      const url = URL.createObjectURL(await fetchFileBlob(file.id, 'file'))
      const anchor = document.createElement('a')
      anchor.href = url
      anchor.download = `${file.slot}-${file.id}.${file.kind}`
      document.body.append(anchor)
      anchor.click()
      anchor.remove()
      // Revoking at once can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="judge-download">
      <a
        href={`#file-${file.id}`}
        id={`file-${file.id}`}
        aria-busy={busy || undefined}
        onClick={(event) => {
          event.preventDefault()
          if (!busy) void download()
        }}
      >
        {label}
      </a>
      {failure !== null && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
    </div>
  )
}
