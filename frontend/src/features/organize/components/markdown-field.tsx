/**
 * A Markdown text with "Write / Preview": two toggle buttons (aria-pressed)
 * beside the label. Preview shows the server's rendering of the current text
 * with `ServerHtml`, as the contest page will show it.
 *
 * The textarea stays in the document while the preview shows (only hidden),
 * so its value, caret and undo history are kept; choosing Write again puts
 * focus back in it. When an error arrives for the text (a save refused), the
 * field returns to Write, so the error summary's link can focus the textarea.
 */
import { useEffect, useRef, useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import { ServerHtml } from '../../../components/ui/server-html'
import { ApiError } from '../../../lib/api-client'
import { useI18n, type Language, type Translate } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { MARKDOWN_MAX_CHARS, useMarkdownPreview } from '../api/markdown'

interface MarkdownFieldProps {
  id: string
  /** The textarea's label (here the language: "Korean"). */
  label: string
  value: string
  onChange: (value: string) => void
  lang: 'ko' | 'en'
  error?: string
  required?: boolean
  rows?: number
  disabled?: boolean
  'aria-describedby'?: string
}

export function MarkdownField({
  id,
  label,
  value,
  onChange,
  lang,
  error,
  required,
  rows = 10,
  disabled,
  'aria-describedby': describedBy,
}: MarkdownFieldProps) {
  const { t } = useI18n()
  const [previewing, setPreviewing] = useState(false)
  const textarea = useRef<HTMLTextAreaElement>(null)
  const focusOnWrite = useRef(false)

  // A new error for this text brings the textarea back into view.
  const [seenError, setSeenError] = useState(error)
  if (error !== seenError) {
    setSeenError(error)
    if (error && previewing) setPreviewing(false)
  }

  useEffect(() => {
    if (!previewing && focusOnWrite.current) {
      focusOnWrite.current = false
      textarea.current?.focus()
    }
  }, [previewing])

  const write = () => {
    if (!previewing) return
    focusOnWrite.current = true
    setPreviewing(false)
  }

  return (
    <div className="field markdown-field">
      <div className="markdown-field-head">
        <label htmlFor={id}>
          {label}
          {required && <RequiredMark />}
        </label>
        <div role="group" aria-label={t('organize.markdown.modes', { text: label })} className="markdown-modes">
          <button type="button" aria-pressed={!previewing} onClick={write}>
            {t('organize.markdown.write')}
          </button>
          <button type="button" aria-pressed={previewing} onClick={() => setPreviewing(true)}>
            {t('organize.markdown.preview')}
          </button>
        </div>
      </div>
      <textarea
        ref={textarea}
        id={id}
        name={id}
        rows={rows}
        value={value}
        required={required}
        disabled={disabled}
        hidden={previewing}
        lang={lang}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {previewing && <MarkdownPreview markdown={value} lang={lang} label={label} />}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  )
}

/** The server's rendering of `markdown`, or why there is none (blank, loading, refused). */
function MarkdownPreview({ markdown, lang, label }: { markdown: string; lang: 'ko' | 'en'; label: string }) {
  const { t, language } = useI18n()
  const blank = markdown.trim() === ''
  const preview = useMarkdownPreview(markdown, true)
  const retryable = !(preview.error instanceof ApiError && preview.error.status < 500)
  return (
    <div
      role="region"
      aria-label={t('organize.markdown.previewOf', { text: label })}
      aria-busy={preview.isFetching || undefined}
      className="markdown-preview"
    >
      {blank ? (
        <p className="field-hint">{t('organize.markdown.empty')}</p>
      ) : preview.isError ? (
        <ErrorAlert>
          <p>{previewErrorMessage(preview.error, t, language)}</p>
          {retryable && (
            <Button variant="secondary" busy={preview.isFetching} onClick={() => void preview.refetch()}>
              {t('organize.markdown.retry')}
            </Button>
          )}
        </ErrorAlert>
      ) : preview.data === undefined ? (
        <p role="status">{t('organize.markdown.loading')}</p>
      ) : (
        <div lang={lang}>
          <ServerHtml html={preview.data} />
        </div>
      )}
    </div>
  )
}

/** A text over the server's limit gets its own sentence; anything else the usual one for its code. */
function previewErrorMessage(error: unknown, t: Translate, language: Language): string {
  if (error instanceof ApiError && error.problem.errors?.some((e) => e.field === 'markdown' && e.code === 'invalid_length')) {
    return t('organize.markdown.tooLong', { max: MARKDOWN_MAX_CHARS.toLocaleString(language) })
  }
  return errorMessage(error, t)
}
