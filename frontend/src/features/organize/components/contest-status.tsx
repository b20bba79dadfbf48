import { useEffect, useRef, useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { stateLabel } from '../../contests/utils/labels'
import { usePublishContest } from '../api/contests'

interface ContestStatusProps {
  contest: ContestView
  onChange: (contest: ContestView) => void
}

/** Where the contest stands, its public page, and (for a draft) publishing it after a confirmation. */
export function ContestStatus({ contest, onChange }: ContestStatusProps) {
  const { t, language } = useI18n()
  const [confirming, setConfirming] = useState(false)
  const [published, setPublished] = useState(false)
  const publish = usePublishContest(contest.id)
  const draft = contest.published_at == null
  const zone = contest.time_zone

  return (
    <section className="panel contest-status" aria-labelledby="contest-status-title">
      <h2 id="contest-status-title">{t('organize.status.title')}</h2>
      <p>
        <span className={`badge badge-state-${contest.state}`}>{stateLabel(contest.state, t)}</span>{' '}
        {contest.published_at
          ? t('organize.status.publishedAt', { time: formatDateTimeInZone(contest.published_at, zone, language) })
          : t('organize.status.notPublished')}
      </p>
      <ul className="link-list">
        <li>{t('organize.status.opens', { time: formatDateTimeInZone(contest.opens_at, zone, language) })}</li>
        <li>{t('organize.status.closes', { time: formatDateTimeInZone(contest.closes_at, zone, language) })}</li>
      </ul>
      <p>
        <Link href={`/contests/${contest.id}`}>{t(draft ? 'organize.status.previewLink' : 'organize.status.publicLink')}</Link>
      </p>
      {published && (
        <StatusMessage>
          <p>{t('organize.status.publishedNow')}</p>
        </StatusMessage>
      )}
      {publish.isError && (
        <ErrorAlert>
          <p>{errorMessage(publish.error, t)}</p>
        </ErrorAlert>
      )}
      {draft && !confirming && (
        <Button onClick={() => setConfirming(true)}>{t('organize.status.publish')}</Button>
      )}
      {draft && confirming && (
        <PublishConfirmation
          busy={publish.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            publish.mutate(undefined, {
              onSuccess: (contest) => {
                setConfirming(false)
                setPublished(true)
                onChange(contest)
              },
            })
          }
        />
      )}
    </section>
  )
}

function PublishConfirmation({ busy, onCancel, onConfirm }: { busy: boolean; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby="publish-confirm-title" className="notice publish-confirm">
      <p id="publish-confirm-title" className="notice-title">
        {t('organize.status.confirmTitle')}
      </p>
      <p>{t('organize.status.confirmDetail')}</p>
      <div className="actions">
        <Button busy={busy} onClick={onConfirm}>
          {t('organize.status.confirmPublish')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('organize.status.cancel')}
        </Button>
      </div>
    </div>
  )
}
