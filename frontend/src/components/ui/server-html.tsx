import { demoteHeadings } from '../../lib/html'

/**
 * HTML the server rendered from Markdown and promises is safe to insert as
 * is (raw HTML escaped, only http(s)/mailto/relative links: see the API's
 * `description_html`). Never pass anything else here. Its headings start
 * at <h1>; they are moved under the section's own heading (`headingLevel`).
 */
export function ServerHtml({ html, headingLevel = 2, className }: { html: string; headingLevel?: number; className?: string }) {
  return (
    <div
      className={['prose', className].filter(Boolean).join(' ')}
      dangerouslySetInnerHTML={{ __html: demoteHeadings(html, headingLevel) }}
    />
  )
}
