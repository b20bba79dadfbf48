export { useI18n, type I18nValue } from './context'
export { I18nProvider } from './provider'
export { LANGUAGES, isLanguage, type Language, type MessageKey, type Translate } from './translate'
