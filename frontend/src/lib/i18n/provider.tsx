import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { setRequestLanguage } from '../api-client'
import { I18nContext, type I18nValue } from './context'
import { pickLanguage, readStoredLanguage, storeLanguage, translate, type Language, type MessageKey, type MessageVars } from './translate'

/** Holds the chosen language, mirrors it on <html lang> and in API requests. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage)

  useEffect(() => {
    document.documentElement.lang = language
    setRequestLanguage(language)
  }, [language])

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next)
    setLanguageState(next)
  }, [])

  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage,
      t: (key: MessageKey, vars?: MessageVars) => translate(language, key, vars),
      text: (value) => pickLanguage(value, language),
    }),
    [language, setLanguage],
  )

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}
