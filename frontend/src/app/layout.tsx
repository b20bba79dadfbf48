import { useEffect, useRef, type ReactNode } from 'react'
import { Link } from '../components/ui/link'
import { useAuth } from '../features/auth/hooks/use-auth'
import { LANGUAGES, useI18n } from '../lib/i18n'
import { usePathname } from '../lib/navigation'

/** Skip link, header with navigation and language switch, main region, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const pathname = usePathname()
  useFocusTitleOnNavigation(pathname)

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link href="/" className="site-name">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
        <Navigation pathname={pathname} />
      </header>
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </>
  )
}

function Navigation({ pathname }: { pathname: string }) {
  const { t } = useI18n()
  const { state } = useAuth()
  const items =
    state.status === 'signed-in'
      ? [
          { href: '/', label: t('nav.home') },
          { href: '/me', label: t('nav.me') },
        ]
      : [
          { href: '/', label: t('nav.home') },
          { href: '/sign-in', label: t('nav.signIn') },
          { href: '/register', label: t('nav.register') },
        ]
  return (
    <nav aria-label={t('app.primaryNav')} className="site-nav">
      <ul className="container">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={pathname === item.href ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Two toggle buttons; each names its language in that language. */
function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n()
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  )
}

/**
 * After a client-side navigation, move focus to the new page's <h1>, as a
 * full page load would reset it, so screen-reader users hear where they are.
 */
function useFocusTitleOnNavigation(pathname: string) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const title = document.getElementById('page-title') ?? document.getElementById('main')
    title?.focus()
  }, [pathname])
}
