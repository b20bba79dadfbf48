import type { FileKind } from '../../../lib/api/types'
import type { Language } from '../../../lib/i18n'

const MIME: Record<FileKind, string> = {
  jpeg: 'image/jpeg,.jpg,.jpeg',
  png: 'image/png,.png',
  webp: 'image/webp,.webp',
  svg: 'image/svg+xml,.svg',
  pdf: 'application/pdf,.pdf',
}

/** The file picker's filter. Only a convenience: the server decides by content. */
export const acceptAttribute = (kinds: FileKind[]) => kinds.map((k) => MIME[k]).join(',')

export const kindNames = (kinds: FileKind[]) => kinds.map((k) => (k === 'jpeg' ? 'JPEG' : k.toUpperCase())).join(', ')

/** "20 MB", "350 kB" in the reader's language. */
export function formatBytes(bytes: number, language: Language): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte']
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value)
}
