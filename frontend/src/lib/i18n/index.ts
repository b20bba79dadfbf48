export { useI18n, type I18nValue } from './context'
export { I18nProvider } from './provider'
export { LANGUAGES, isLanguage, pickLanguage, type Language, type LocalizedText, type MessageKey, type MessageVars, type Translate } from './translate'
