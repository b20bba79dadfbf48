import { Link } from '../../../components/ui/link'
import { useI18n } from '../../../lib/i18n'
import { signInPath } from '../../../lib/navigation'

/** What an organizer page says to someone signed out: sign in, then come back here. */
export function SignInPrompt({ next }: { next: string }) {
  const { t } = useI18n()
  return (
    <p>
      {t('screening.signIn')} <Link href={signInPath(next)}>{t('nav.signIn')}</Link>
    </p>
  )
}
