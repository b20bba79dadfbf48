import type { ReactNode } from 'react'
import type { ConsentDocument } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'

interface ConsentDocumentViewProps {
  document: ConsentDocument
  /** Heading level inside the page's outline. */
  headingLevel?: 2 | 3
  /** The agreement checkbox, when the reader is asked to tick it. */
  children?: ReactNode
}

/**
 * One consent document in the reader's language: title, required/optional
 * badge, version, and the full text in a scrollable region that keyboard
 * users can focus and scroll.
 */
export function ConsentDocumentView({ document, headingLevel = 3, children }: ConsentDocumentViewProps) {
  const { language, t } = useI18n()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const title = document.title[language]
  const headingId = `consent-${document.kind}-title`

  return (
    <section className="consent-document" aria-labelledby={headingId}>
      <Heading id={headingId} className="consent-title">
        {title}{' '}
        <span className={document.required ? 'badge badge-required' : 'badge'}>
          {t(document.required ? 'consent.required' : 'consent.optional')}
        </span>
      </Heading>
      <p className="consent-version">{t('consent.version', { version: document.version })}</p>
      <div className="consent-body" role="region" tabIndex={0} aria-label={t('consent.bodyLabel', { title })}>
        {document.body[language]}
      </div>
      {children}
    </section>
  )
}
