import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { PageTitle } from '../../../components/ui/page-title'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { contestKeys, getContest } from '../../contests/api/contests'
import { useManagedContest } from '../api/contests'
import { ContestAdminNav } from './contest-admin-nav'
import { ContestEditorForm } from './contest-editor-form'
import { ContestStatus } from './contest-status'
import { CoverUpload } from './cover-upload'
import { DeadlineExtension } from './deadline-extension'

/** The organizer's page of one contest: its state and publishing, cover, deadline, and every setting. */
export function ContestEditor({ contestId }: { contestId: string }) {
  const { t } = useI18n()
  const contest = useManagedContest(contestId)
  if (contest.isError) {
    return (
      <>
        <PageTitle documentTitle={t('organize.editor.pageTitle')}>{t('organize.editor.pageTitle')}</PageTitle>
        <ErrorAlert>
          <p>{errorMessage(contest.error, t)}</p>
        </ErrorAlert>
      </>
    )
  }
  if (!contest.data) return <p role="status">{t('app.loading')}</p>
  return <LoadedEditor key={contest.data.id} initial={contest.data} />
}

/**
 * The contest as last read here is the base of every change: saving,
 * publishing and extending the deadline each answer with a new version,
 * which becomes the base. A background refetch never moves it, or a save
 * would silently overwrite someone else's changes.
 */
function LoadedEditor({ initial }: { initial: ContestView }) {
  const { t, text } = useI18n()
  const queryClient = useQueryClient()
  const [base, setBase] = useState(initial)
  const title = text(base.title)

  const reload = async () => {
    const fresh = await getContest(base.id)
    queryClient.setQueryData(contestKeys.detail(base.id), fresh)
    return fresh
  }

  return (
    <>
      <PageTitle documentTitle={t('organize.editor.documentTitle', { title })}>{title}</PageTitle>
      <ContestAdminNav contestId={base.id} />
      <div className="editor-panels">
        <ContestStatus contest={base} onChange={setBase} />
        <CoverUpload contest={base} />
        {base.published_at != null && <DeadlineExtension contest={base} onChange={setBase} />}
      </div>
      <ContestEditorForm base={base} onBaseChange={setBase} reload={reload} />
    </>
  )
}
