import { useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { uploadErrorMessage } from '../../../lib/problem-messages'
import { acceptAttribute, formatBytes } from '../../entries/utils/files'
import { uploadCover, useCoverUrl } from '../api/contests'

const COVER_KINDS = ['jpeg', 'png', 'webp'] as const
const COVER_MAX_BYTES = 10 * 1024 * 1024

/** The cover image: shown if there is one, replaced by choosing a file, with the upload's progress. */
export function CoverUpload({ contest }: { contest: ContestView }) {
  const { t, language } = useI18n()
  const [revision, setRevision] = useState(0)
  const [hasCover, setHasCover] = useState(contest.has_cover)
  const [progress, setProgress] = useState<number | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const cover = useCoverUrl(contest.id, hasCover, revision)
  const maxSize = formatBytes(COVER_MAX_BYTES, language)

  const upload = async (file: File) => {
    setProblem(null)
    setDone(null)
    if (file.size > COVER_MAX_BYTES) {
      setProblem(t('fileError.file_too_large', { name: file.name, maxSize }))
      return
    }
    setProgress(0)
    try {
      await uploadCover(contest.id, file, setProgress)
      setHasCover(true)
      setRevision((r) => r + 1)
      setDone(t('organize.cover.uploaded', { name: file.name }))
    } catch (error) {
      setProblem(uploadErrorMessage(error, file.name, t, { maxSize }))
    } finally {
      setProgress(null)
    }
  }

  return (
    <section className="panel cover-upload" aria-labelledby="cover-title">
      <h2 id="cover-title">{t('organize.cover.title')}</h2>
      {cover.data ? (
        <img className="cover-preview" src={cover.data} alt={t('organize.cover.alt')} />
      ) : (
        <p>{t(hasCover ? 'app.loading' : 'organize.cover.none')}</p>
      )}
      <div className="field">
        <label htmlFor="cover-file">{t(hasCover ? 'organize.cover.replace' : 'organize.cover.choose')}</label>
        <p id="cover-file-hint" className="field-hint">
          {t('organize.cover.hint', { size: maxSize })}
        </p>
        <input
          id="cover-file"
          type="file"
          accept={acceptAttribute([...COVER_KINDS])}
          aria-describedby="cover-file-hint"
          disabled={progress !== null}
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void upload(file)
          }}
        />
      </div>
      {progress !== null && (
        <div className="upload-progress">
          <label htmlFor="cover-progress">{t('organize.cover.uploading')}</label>
          <progress id="cover-progress" max={1} value={progress}>
            {`${Math.round(progress * 100)}%`}
          </progress>
        </div>
      )}
      {problem && (
        <ErrorAlert>
          <p>{problem}</p>
        </ErrorAlert>
      )}
      {done && (
        <StatusMessage>
          <p>{done}</p>
        </StatusMessage>
      )}
    </section>
  )
}
