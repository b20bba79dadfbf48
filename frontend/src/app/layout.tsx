import { useEffect, useRef } from 'react'
import { Outlet, ScrollRestoration, useLocation } from 'react-router'
import { Link } from '../components/ui/link'
import { useAuth } from '../features/auth/hooks/use-auth'
import { useMyJudging } from '../features/judging/api/judging'
import { JUDGING_PATH } from '../features/judging/utils/paths'
import { useMyOrganizations } from '../features/organize/api/organizations'
import { ORGANIZE_PATH } from '../features/organize/utils/paths'
import { LANGUAGES, useI18n } from '../lib/i18n'

/** Skip link, header with navigation and language switch, main region (the page), footer. */
export function Layout() {
  const { t } = useI18n()
  const { pathname } = useLocation()
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
      {/* The judging screens put an entry beside its score sheet, the organizer's lists are tables: they get a wider page. */}
      <main id="main" tabIndex={-1} className={wide(pathname) ? 'container container-wide' : 'container'}>
        <Outlet />
      </main>
      <ScrollRestoration />
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p>
            <Link href="/certificates">{t('nav.certificates')}</Link>
          </p>
        </div>
      </footer>
    </>
  )
}

function wide(pathname: string): boolean {
  return pathname.startsWith('/judging/') || pathname.startsWith('/organize')
}

function Navigation({ pathname }: { pathname: string }) {
  const { t } = useI18n()
  const { state } = useAuth()
  const signedIn = state.status === 'signed-in'
  // "Judging" only for those who judge (or are invited to): most citizens never do.
  const judging = useMyJudging(signedIn)
  const judges = (judging.data?.length ?? 0) > 0 || pathname.startsWith(JUDGING_PATH)
  // "Organize" for admins (known from /me) and organizers: a signed-in non-admin's organizations
  // come from one GET /me/organizations, kept ten minutes.
  const user = state.status === 'signed-in' ? state.user : null
  const organizations = useMyOrganizations(user && !user.is_admin ? user : null)
  const organizes =
    user?.is_admin === true || (organizations.data?.length ?? 0) > 0 || pathname.startsWith(ORGANIZE_PATH)
  const common = [
    { href: '/', label: t('nav.home') },
    { href: '/contests', label: t('nav.contests') },
  ]
  const items =
    signedIn
      ? [
          ...common,
          { href: '/me/entries', label: t('nav.myEntries') },
          ...(judges ? [{ href: JUDGING_PATH, label: t('nav.judging') }] : []),
          ...(organizes ? [{ href: ORGANIZE_PATH, label: t('organize.navLink') }] : []),
          { href: '/me', label: t('nav.me') },
        ]
      : [...common, { href: '/sign-in', label: t('nav.signIn') }, { href: '/register', label: t('nav.register') }]
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
 * A page whose first task is a form (the judges' conflict declaration)
 * marks that form's heading `data-arrival-focus` to be focused instead.
 */
function useFocusTitleOnNavigation(pathname: string) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const title =
      document.querySelector<HTMLElement>('#main [data-arrival-focus]') ??
      document.getElementById('page-title') ??
      document.getElementById('main')
    title?.focus()
  }, [pathname])
}
