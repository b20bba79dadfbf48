/**
 * The contest editor's Markdown preview: the server renders the text exactly
 * as the contest page's `description_html` / `rules_html` will be (raw HTML
 * escaped, unsafe links dropped). Nothing is saved. The answer depends only
 * on the text, so it is kept by text and never asked again while cached.
 */
import { useQuery } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'

export const markdownKeys = {
  preview: (markdown: string) => ['markdown', 'preview', markdown] as const,
}

/** The server's longest Markdown text, in characters (a longer one is answered 422 `invalid_length`). */
export const MARKDOWN_MAX_CHARS = 20_000

export const previewMarkdown = (markdown: string) =>
  unwrap(client.POST('/api/v1/markdown/preview', { body: { markdown } })).then((answer) => answer.html)

/** The safe HTML for `markdown`, asked only while `enabled` and the text is not blank. */
export function useMarkdownPreview(markdown: string, enabled: boolean) {
  return useQuery({
    queryKey: markdownKeys.preview(markdown),
    queryFn: () => previewMarkdown(markdown),
    enabled: enabled && markdown.trim() !== '',
    staleTime: Infinity,
  })
}
