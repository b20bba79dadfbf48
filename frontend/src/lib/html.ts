/**
 * Moves every heading in server-rendered HTML down by `by` levels (at most
 * <h6>), so an organizer's "# Title" does not become a second <h1> on the page.
 */
export function demoteHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`)
}
