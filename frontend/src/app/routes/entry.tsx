import { useState } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { ErrorAlert } from '../../components/ui/alert'
import { Link } from '../../components/ui/link'
import { PageTitle } from '../../components/ui/page-title'
import { useAuth } from '../../features/auth/hooks/use-auth'
import { useContest } from '../../features/contests/api/contests'
import { useEntry, useMyEntries } from '../../features/entries/api/entries'
import { EntryEditor } from '../../features/entries/components/entry-editor'
import type { EntryView } from '../../lib/api/types'
import { useI18n } from '../../lib/i18n'
import { errorMessage } from '../../lib/problem-messages'

/**
 * The entry form of a contest. `?entry=<id>` opens that entry; without it a
 * signed-in person's open draft in this contest is resumed, else a new one
 * starts (created on the server by the first autosave, which then puts its
 * id in the URL).
 */
export function EntryRoute() {
  const { contestId = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const entryParam = params.get('entry')
  const { t, text } = useI18n()
  const { state } = useAuth()
  const signedIn = state.status === 'signed-in'
  const contest = useContest(contestId)
  const entry = useEntry(signedIn ? entryParam : null)
  const mine = useMyEntries(signedIn && entryParam === null)

  // The editor starts from one entry and then owns it: URL changes it makes itself do not reload it.
  const [session, setSession] = useState<{ initial: EntryView | null } | null>(null)
  const [createdId, setCreatedId] = useState<string | null>(null)
  const resolved = resolveInitialEntry()
  if (session && entryParam !== null && entryParam !== session.initial?.id && entryParam !== createdId) {
    setSession(null)
  } else if (!session && resolved !== 'pending' && resolved !== 'failed') {
    setSession({ initial: resolved })
  }

  function resolveInitialEntry(): EntryView | null | 'pending' | 'failed' {
    if (state.status === 'loading') return 'pending'
    if (!signedIn) return null
    if (entryParam !== null) return entry.data ?? (entry.isError ? 'failed' : 'pending')
    if (mine.isError) return null
    if (!mine.data) return 'pending'
    const drafts = mine.data.pages.flatMap((p) => p.items).filter((e) => e.contest_id === contestId && e.status === 'draft')
    return drafts[0] ?? null
  }

  const failure = contest.error ?? (resolved === 'failed' ? entry.error : null)
  const title = contest.data ? t('entry.title', { contest: text(contest.data.title) }) : t('app.loading')
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p>
        <Link href={`/contests/${encodeURIComponent(contestId)}`}>{t('entry.backToContest')}</Link>
      </p>
      {failure ? (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      ) : !contest.data || !session ? (
        <p role="status">{t('app.loading')}</p>
      ) : contest.data.state !== 'open' && !session.initial ? (
        <p>{t('entry.notOpen')}</p>
      ) : (
        <EntryEditor
          contest={contest.data}
          initialEntry={session.initial}
          signedIn={signedIn}
          onCreated={(created) => {
            setCreatedId(created.id)
            setParams({ entry: created.id }, { replace: true })
          }}
        />
      )}
    </>
  )
}
