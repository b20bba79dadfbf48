/**
 * Slugs: lower-case letters, digits and single hyphens, 2 to 60 characters,
 * not starting or ending with a hyphen (src/domain/slug.rs).
 */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length >= 2 && slug.length <= 60
}

/** A slug suggested from a (usually English) title; "" when nothing usable is left. */
export function suggestSlug(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}
