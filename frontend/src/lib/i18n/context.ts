import { createContext, useContext } from 'react'
import type { Language, LocalizedText, Translate } from './translate'

export interface I18nValue {
  language: Language
  setLanguage: (language: Language) => void
  t: Translate
  /** Server text in the reader's language, falling back to Korean (always present). */
  text: (value: LocalizedText | null | undefined) => string
}

export const I18nContext = createContext<I18nValue | null>(null)

export function useI18n(): I18nValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>')
  return value
}
