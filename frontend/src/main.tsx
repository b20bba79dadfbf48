import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { setRequestLanguage } from './lib/api-client'
import { readStoredLanguage } from './lib/i18n/translate'
import './index.css'

// Before the first render: assistive technology must not read the page in
// the wrong language, and the first API calls (the session refresh, made in
// effects that run before the language provider's own) must already ask for it.
const language = readStoredLanguage()
document.documentElement.lang = language
setRequestLanguage(language)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
