import type { ComponentType } from 'react'
import { usePathname } from '../lib/navigation'
import { GuardianConsentRoute } from './routes/guardian-consent'
import { HomeRoute } from './routes/home'
import { MeRoute } from './routes/me'
import { NotFoundRoute } from './routes/not-found'
import { RegisterRoute } from './routes/register'
import { ResetPasswordRoute } from './routes/reset-password'
import { SignInRoute } from './routes/sign-in'
import { VerifyEmailRoute } from './routes/verify-email'

/**
 * Every page, by exact path. The server's emails link to /verify-email,
 * /reset-password and /guardian-consent: do not rename those.
 */
const routes: Record<string, ComponentType> = {
  '/': HomeRoute,
  '/register': RegisterRoute,
  '/sign-in': SignInRoute,
  '/verify-email': VerifyEmailRoute,
  '/reset-password': ResetPasswordRoute,
  '/guardian-consent': GuardianConsentRoute,
  '/me': MeRoute,
}

/** `/register/` and `/register` are the same page. */
function normalizePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
}

export function AppRouter() {
  const Page = routes[normalizePath(usePathname())] ?? NotFoundRoute
  return <Page />
}
