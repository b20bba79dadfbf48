import { useEffect, useRef } from 'react'

export interface SummaryItem {
  message: string
  /** The id of the input to jump to, when the error belongs to a visible field. */
  fieldId?: string
}

interface ErrorSummaryProps {
  title: string
  detail?: string
  items: SummaryItem[]
}

/**
 * The list of problems at the top of a form, announced (role="alert") and
 * focused when it appears, with links that move focus to each field.
 * Give it a new `key` per submission so a repeated failure is focused again.
 */
export function ErrorSummary({ title, detail, items }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])

  return (
    <div ref={ref} role="alert" className="notice notice-error" tabIndex={-1}>
      <p className="notice-title">{title}</p>
      {detail && <p>{detail}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={`${item.fieldId ?? ''}:${item.message}`}>
              {item.fieldId ? (
                <a
                  href={`#${item.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault()
                    document.getElementById(item.fieldId!)?.focus()
                  }}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
