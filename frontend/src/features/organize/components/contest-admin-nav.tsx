import { useLocation } from 'react-router'
import { Link } from '../../../components/ui/link'
import { useI18n, type MessageKey } from '../../../lib/i18n'
import { organizePaths } from '../utils/paths'

const SECTIONS: { key: MessageKey; href: (contestId: string) => string }[] = [
  { key: 'organize.nav.contest', href: organizePaths.contest },
  { key: 'organize.nav.entries', href: organizePaths.entries },
  { key: 'organize.nav.stages', href: organizePaths.stages },
  { key: 'organize.nav.awards', href: organizePaths.awards },
  { key: 'organize.nav.vote', href: organizePaths.vote },
  { key: 'organize.nav.announcement', href: organizePaths.announcement },
]

/**
 * The organizer's sections of one contest, shown at the top of every
 * organizer page of that contest. The current section is marked for
 * screen readers with aria-current.
 */
export function ContestAdminNav({ contestId }: { contestId: string }) {
  const { t } = useI18n()
  const { pathname } = useLocation()
  return (
    <nav aria-label={t('organize.nav.label')} className="admin-nav">
      <ul>
        {SECTIONS.map((section) => {
          const href = section.href(contestId)
          return (
            <li key={section.key}>
              <Link href={href} aria-current={pathname === href ? 'page' : undefined}>
                {t(section.key)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
