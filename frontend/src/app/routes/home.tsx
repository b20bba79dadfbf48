import { ErrorAlert } from '../../components/ui/alert'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { SignOutButton } from '../../features/auth/components/sign-out-button'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useContests } from '../../features/contests/api/contests'
import { ContestList } from '../../features/contests/components/contest-list'
import type { ContestState } from '../../lib/api/types'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { errorMessage } from '../../lib/problem-messages'

export function HomeRoute() {
  const { t } = useI18n()
  const { state } = useAuth()
  return (
    <>
      <PageTitle documentTitle={t('home.title')}>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.description')}</p>

      {state.status === 'signed-in' && (
        <div className="panel">
          <p>{t('home.signedInAs', { name: state.user.display_name })}</p>
          <div className="actions">
            <Link href="/me/entries" className="button button-primary">
              {t('nav.myEntries')}
            </Link>
            <SignOutButton />
          </div>
        </div>
      )}
      {state.status === 'signed-out' && (
        <div className="panel">
          <p>{t('home.signedOutLead')}</p>
          <div className="actions">
            <Link href="/sign-in" className="button button-primary">
              {t('nav.signIn')}
            </Link>
            <Link href="/register" className="button button-secondary">
              {t('nav.register')}
            </Link>
          </div>
        </div>
      )}

      <ContestSection state="open" title="home.openContests" empty="home.noOpen" />
      <ContestSection state="published" title="home.upcomingContests" empty="home.noUpcoming" />
      <p>
        <Link href="/contests">{t('home.allContests')}</Link>
      </p>

      <h2>{t('home.developers')}</h2>
      <p>
        {/* Served by the API server, not this app: a plain link, full page load. */}
        <a href="/api/docs/">{t('nav.apiDocs')}</a>
      </p>
    </>
  )
}

function ContestSection({ state, title, empty }: { state: ContestState; title: MessageKey; empty: MessageKey }) {
  const { t } = useI18n()
  const contests = useContests({ state, limit: 6 })
  const id = `home-${state}`
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        <Link href={`/contests?state=${state}`}>{t(title)}</Link>
      </h2>
      {contests.isPending && <p role="status">{t('app.loading')}</p>}
      {contests.isError && (
        <ErrorAlert>
          <p>{errorMessage(contests.error, t)}</p>
        </ErrorAlert>
      )}
      {contests.data?.items.length === 0 && <p>{t(empty)}</p>}
      {contests.data && <ContestList contests={contests.data.items} />}
    </section>
  )
}
