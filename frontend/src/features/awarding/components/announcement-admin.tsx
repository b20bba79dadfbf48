import { useState, type FormEvent } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary, type SummaryItem } from '../../../components/ui/error-summary'
import { FieldError } from '../../../components/ui/field'
import { Link } from '../../../components/ui/link'
import type { AnnouncementView, ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes'
import { resultsPath } from '../../results/utils/paths'
import { useAnnouncement, useSaveAnnouncement } from '../api/announcement'
import { useZoneHint } from '../hooks/use-zone-hint'
import {
  announcementDraft,
  announcementSnapshot,
  changesTime,
  checkAnnouncement,
  type AnnouncementDraft,
} from '../utils/announcement-form'
import { awardingFieldMessage, serverFieldErrors } from '../utils/field-errors'
import { DateTimeField } from './date-time-field'

const FIELD_IDS: Record<string, string> = { announce_at: 'announce-at', understood: 'announce-understood' }

/**
 * When the results become public, and what entrants and the public then
 * see. The time is entered and shown on the contest's clock (zone named)
 * and sent in UTC; it is fixed once the results are published, while the
 * two switches stay open.
 */
export function AnnouncementAdmin({ contest }: { contest: ContestView }) {
  const { t } = useI18n()
  const announcement = useAnnouncement(contest.id)
  if (announcement.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(announcement.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (announcement.isPending) return <p role="status">{t('app.loading')}</p>
  return (
    <>
      <AnnouncementState contest={contest} announcement={announcement.data} />
      <AnnouncementForm contest={contest} current={announcement.data} />
    </>
  )
}

function AnnouncementState({ contest, announcement }: { contest: ContestView; announcement: AnnouncementView | null }) {
  const { t, language } = useI18n()
  const time = (at: string) => <time dateTime={isoInstant(at)}>{formatDateTimeInZone(at, contest.time_zone, language)}</time>
  if (!announcement) return <p className="lead">{t('awarding.announcement.notSet')}</p>
  if (announcement.published_at) {
    return (
      <div className="notice published-notice" role="note">
        <p className="notice-title">
          {t('awarding.published.title')} {time(announcement.published_at)}
        </p>
        <p>{t('awarding.announcement.timeFixed')}</p>
        <p>
          <Link href={resultsPath(contest.id)}>{t('awarding.published.resultsLink')}</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="panel">
      <p>
        {t('awarding.announcement.scheduled')} {time(announcement.announce_at)}
      </p>
      <p>{t('awarding.announcement.embargo')}</p>
    </div>
  )
}

function AnnouncementForm({ contest, current }: { contest: ContestView; current: AnnouncementView | null }) {
  const { t, language } = useI18n()
  const save = useSaveAnnouncement(contest.id)
  const published = Boolean(current?.published_at)
  const [draft, setDraft] = useState<AnnouncementDraft>(() => announcementDraft(current, contest.time_zone))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [attempt, setAttempt] = useState(0)
  // The announcement as read, then as last saved (what was sent), to tell unsaved changes by.
  const [savedSnapshot, setSavedSnapshot] = useState(() => announcementSnapshot(draft))
  const { prompt } = useUnsavedChanges(announcementSnapshot(draft) !== savedSnapshot)
  const zoneHint = useZoneHint(contest.time_zone, current?.announce_at ?? null)
  const newTime = !published && changesTime(draft, current, contest.time_zone)

  const edit = (change: Partial<AnnouncementDraft>) => {
    save.reset()
    setDraft({ ...draft, ...change })
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (save.isPending) return
    setAttempt(attempt + 1)
    const checked = checkAnnouncement(draft, contest.time_zone, current)
    setErrors(
      Object.fromEntries(
        Object.entries(checked.errors).map(([field, code]) => [
          field,
          code === 'confirm_required' ? t('awarding.announcement.confirmRequired') : awardingFieldMessage(code, t),
        ]),
      ),
    )
    if (!checked.document) return
    const sent = announcementSnapshot(draft)
    save.mutate(checked.document, {
      onSuccess: () => {
        setSavedSnapshot(sent)
        setDraft((saved) => ({ ...saved, understood: false }))
      },
      onError: (error) => setErrors(serverFieldErrors(error, t)),
    })
  }

  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({ message, fieldId: FIELD_IDS[field] }))
  return (
    <section aria-labelledby="announcement-form-title" className="awarding-section">
      <h2 id="announcement-form-title">{t('awarding.announcement.formTitle')}</h2>
      <form onSubmit={submit} noValidate aria-labelledby="announcement-form-title">
        {summary.length > 0 && <ErrorSummary key={attempt} title={t('awarding.announcement.errorTitle')} items={summary} />}
        {save.isError && summary.length === 0 && (
          <ErrorSummary key={attempt} title={t('awarding.announcement.saveFailed')} detail={errorMessage(save.error, t)} items={[]} />
        )}
        {!published && <PublicationWarning />}
        <DateTimeField
          id={FIELD_IDS.announce_at}
          label={t('awarding.announcement.time')}
          hint={zoneHint}
          value={draft.announceAt}
          timeZone={contest.time_zone}
          error={errors.announce_at}
          disabled={published}
          required
          onChange={(announceAt) => edit({ announceAt })}
        />
        {newTime && (
          <div className="checkbox">
            <input
              type="checkbox"
              id={FIELD_IDS.understood}
              checked={draft.understood}
              required
              aria-invalid={errors.understood ? true : undefined}
              aria-describedby={errors.understood ? 'announce-understood-error' : undefined}
              onChange={(e) => edit({ understood: e.target.checked })}
            />
            <label htmlFor={FIELD_IDS.understood}>{t('awarding.announcement.understood')}</label>
          </div>
        )}
        {newTime && errors.understood && <FieldError id="announce-understood-error">{errors.understood}</FieldError>}
        <fieldset className="field">
          <legend>{t('awarding.announcement.switches')}</legend>
          <div className="checkbox">
            <input
              type="checkbox"
              id="announce-breakdowns"
              checked={draft.showBreakdowns}
              aria-describedby="announce-breakdowns-hint"
              onChange={(e) => edit({ showBreakdowns: e.target.checked })}
            />
            <label htmlFor="announce-breakdowns">{t('awarding.announcement.showBreakdowns')}</label>
          </div>
          <p id="announce-breakdowns-hint" className="field-hint">
            {t('awarding.announcement.showBreakdownsHint')}
          </p>
          <div className="checkbox">
            <input
              type="checkbox"
              id="announce-gallery"
              checked={draft.galleryOpen}
              aria-describedby="announce-gallery-hint"
              onChange={(e) => edit({ galleryOpen: e.target.checked })}
            />
            <label htmlFor="announce-gallery">{t('awarding.announcement.galleryOpen')}</label>
          </div>
          <p id="announce-gallery-hint" className="field-hint">
            {t('awarding.announcement.galleryOpenHint')}
          </p>
        </fieldset>
        {save.isSuccess && (
          <StatusMessage>
            <p>
              {save.data.published_at
                ? t('awarding.announcement.savedPublished')
                : t('awarding.announcement.saved', {
                    time: formatDateTimeInZone(save.data.announce_at, contest.time_zone, language),
                  })}
            </p>
          </StatusMessage>
        )}
        <div className="actions">
          <Button type="submit" busy={save.isPending}>
            {t(current ? 'awarding.announcement.save' : 'awarding.announcement.set')}
          </Button>
        </div>
        {prompt}
      </form>
    </section>
  )
}

/** What happens at the time, said before the time is set. */
function PublicationWarning() {
  const { t } = useI18n()
  return (
    <div className="notice awarding-warning" id="announcement-warning">
      <p className="notice-title">{t('awarding.announcement.warningTitle')}</p>
      <ul>
        <li>{t('awarding.announcement.warningPublic')}</li>
        <li>{t('awarding.announcement.warningMail')}</li>
        <li>{t('awarding.announcement.warningCertificates')}</li>
        <li>{t('awarding.announcement.warningFinal')}</li>
      </ul>
      <p>{t('awarding.announcement.warningCheck')}</p>
    </div>
  )
}
