import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import type { FileSlot, FileView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage, uploadErrorMessage } from '../../../lib/problem-messages'
import { entryKeys } from '../api/entries'
import { removeFile, uploadFile, useThumbnailUrl } from '../api/files'
import { acceptAttribute, formatBytes, kindNames } from '../utils/files'

interface FileSlotFieldProps {
  slot: FileSlot
  files: FileView[]
  /** The entry's id, creating the draft first when there is none yet; null when it cannot (signed out). */
  ensureEntry: () => Promise<string | null>
  disabled: boolean
  /** A problem found before submitting (too few files). */
  error?: string
}

interface Upload {
  name: string
  progress: number
}

/** One file slot: what it takes, the files in it (with thumbnails), and an input that uploads at once. */
export function FileSlotField({ slot, files, ensureEntry, disabled, error }: FileSlotFieldProps) {
  const { language, t, text } = useI18n()
  const queryClient = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [uploads, setUploads] = useState<Upload[]>([])
  const [problems, setProblems] = useState<string[]>([])
  const [notice, setNotice] = useState<string | null>(null)

  const id = `slot-${slot.key}`
  const label = text(slot.label)
  const maxSize = formatBytes(slot.max_bytes, language)
  const maxCount = slot.max_count ?? 1
  const full = files.length + uploads.length >= maxCount
  const hint = [
    text(slot.help),
    t('files.acceptHint', { types: kindNames(slot.accept), size: maxSize }),
    t('files.countHint', { max: maxCount }),
  ]
    .filter(Boolean)
    .join(' ')

  const refresh = (entryId: string) => queryClient.invalidateQueries({ queryKey: entryKeys.files(entryId) })

  const upload = async (chosen: File[]) => {
    setProblems([])
    setNotice(null)
    const room = Math.max(0, maxCount - files.length)
    const refused = chosen.slice(room).map((f) => `${f.name}: ${t('files.slotFull')}`)
    const tooLarge = chosen.slice(0, room).filter((f) => f.size > slot.max_bytes)
    const ready = chosen.slice(0, room).filter((f) => f.size <= slot.max_bytes)
    const found = [...refused, ...tooLarge.map((f) => t('fileError.file_too_large', { name: f.name, maxSize }))]
    if (ready.length > 0) {
      const entryId = await ensureEntry()
      if (entryId === null) {
        found.push(t('files.signInFirst'))
      } else {
        for (const file of ready) {
          setUploads((current) => [...current, { name: file.name, progress: 0 }])
          const progress = (fraction: number) =>
            setUploads((current) => current.map((u) => (u.name === file.name ? { ...u, progress: fraction } : u)))
          try {
            await uploadFile(entryId, slot.key, file, progress)
            setNotice(t('files.uploaded', { name: file.name }))
          } catch (failure) {
            found.push(uploadErrorMessage(failure, file.name, t, { maxSize }))
          } finally {
            setUploads((current) => current.filter((u) => u.name !== file.name))
          }
          await refresh(entryId)
        }
      }
    }
    setProblems(found)
    if (input.current) input.current.value = ''
  }

  const remove = async (file: FileView) => {
    setProblems([])
    try {
      await removeFile(file.id)
      setNotice(t('files.removed', { name: file.original_name }))
    } catch (failure) {
      setProblems([errorMessage(failure, t)])
    }
    await refresh(file.entry_id)
    input.current?.focus()
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className="field file-slot">
      <label htmlFor={id}>
        {label}
        {slot.required && <RequiredMark />}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      {problems.length > 0 && (
        <ErrorAlert>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </ErrorAlert>
      )}
      {notice && problems.length === 0 && (
        <StatusMessage>
          <p>{notice}</p>
        </StatusMessage>
      )}
      <input
        ref={input}
        id={id}
        type="file"
        accept={acceptAttribute(slot.accept)}
        multiple={maxCount > 1}
        disabled={disabled || full}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => void upload(Array.from(event.target.files ?? []))}
      />
      {full && !disabled && <p className="field-hint">{t('files.slotFull')}</p>}
      {uploads.map((u) => (
        <div key={u.name} className="upload-progress">
          <label htmlFor={`${id}-progress-${u.name}`}>{t('files.uploading', { name: u.name })}</label>
          <progress id={`${id}-progress-${u.name}`} max={100} value={Math.round(u.progress * 100)}>
            {Math.round(u.progress * 100)}%
          </progress>
        </div>
      ))}
      <ul className="file-list" aria-label={t('files.list', { slot: label })}>
        {files.map((file) => (
          <FileItem key={file.id} file={file} disabled={disabled} onRemove={() => void remove(file)} />
        ))}
      </ul>
    </div>
  )
}

function FileItem({ file, disabled, onRemove }: { file: FileView; disabled: boolean; onRemove: () => void }) {
  const { language, t } = useI18n()
  const thumbnail = useThumbnailUrl(file)
  const isImage = ['jpeg', 'png', 'webp'].includes(file.kind)
  return (
    <li className="file-item">
      {isImage &&
        (thumbnail ? (
          <img src={thumbnail} alt={t('files.thumbnailAlt', { name: file.original_name })} className="thumbnail" />
        ) : (
          <span className="thumbnail thumbnail-pending">{t('files.thumbnailPending')}</span>
        ))}
      <span className="file-name">
        {file.original_name} <span className="field-hint">({formatBytes(file.size_bytes, language)})</span>
      </span>
      {!disabled && (
        <button type="button" className="button button-secondary button-small" onClick={onRemove}>
          {t('files.remove', { name: file.original_name })}
        </button>
      )}
    </li>
  )
}
