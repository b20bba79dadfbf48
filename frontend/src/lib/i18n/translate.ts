/**
 * Pure translation helpers: which languages exist, how the choice is stored,
 * and how a catalogue entry becomes a string. No React here, so tests and the
 * API client can use it directly.
 */
import { en } from './en'
import { ko, type MessageKey } from './ko'

export type { MessageKey }

export const LANGUAGES = ['ko', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'ko'

export const catalogues: Record<Language, Record<MessageKey, string>> = { ko, en }

export type MessageVars = Record<string, string | number>
export type Translate = (key: MessageKey, vars?: MessageVars) => string

const STORAGE_KEY = 'modu.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function interpolate(template: string, vars: MessageVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  )
}

/** The server's bilingual text (`Text`, `Localized`): Korean always, English where given. */
export interface LocalizedText {
  ko: string
  en?: string | null
}

export function pickLanguage(value: LocalizedText | null | undefined, language: Language): string {
  if (!value) return ''
  return (language === 'en' ? value.en : undefined) || value.ko
}

export function translate(language: Language, key: MessageKey, vars?: MessageVars): string {
  return interpolate(catalogues[language][key], vars)
}

/** The stored choice, or Korean. Storage can throw (private mode, disabled cookies). */
export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language)
  } catch {
    // Not being able to remember the choice is no reason to fail the switch.
  }
}
