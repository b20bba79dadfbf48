import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { SelectField } from '../../../components/ui/select-field'
import { ApiError } from '../../../lib/api-client'
import { CONTEST_KINDS, type ContestKind } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { kindLabel } from '../../contests/utils/labels'
import { useCreateContest } from '../api/contests'
import { textOf, type TextDraft } from '../utils/contest-draft'
import { documentErrors, inputExists, inputId, summaryItems } from '../utils/field-errors'
import { isValidSlug, suggestSlug } from '../utils/slug'
import { zonedInputToUtc } from '../../../lib/zoned-time'
import { ZonedTimeField } from './editor/schedule-section'
import { BilingualFields, TextField } from './inputs'
import { organizePaths } from '../utils/paths'
import { DEFAULT_TIME_ZONE } from '../utils/defaults'
import { DocumentErrorsContext } from '../hooks/document-errors'

/**
 * A new contest, as a draft: its kind (which brings that kind's entry form
 * and eligibility), title, URL name and schedule. Everything else is set in
 * the editor it opens.
 */
export function NewContestForm({ organizationId }: { organizationId: string }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const create = useCreateContest(organizationId)
  const [kind, setKind] = useState<ContestKind>('idea')
  const [title, setTitle] = useState<TextDraft>({ ko: '', en: '' })
  const [slug, setSlug] = useState('')
  const [slugTouched, setSlugTouched] = useState(false)
  const [opensAt, setOpensAt] = useState('')
  const [closesAt, setClosesAt] = useState('')
  const [failure, setFailure] = useState<{ attempt: number; errors: Record<string, string>; detail?: string } | null>(null)
  const [attempts, setAttempts] = useState(0)
  const timeZone = DEFAULT_TIME_ZONE
  const shownSlug = slugTouched ? slug : suggestSlug(title.en)

  const submit = () => {
    const attempt = attempts + 1
    setAttempts(attempt)
    const opens = zonedInputToUtc(opensAt, timeZone)
    const closes = zonedInputToUtc(closesAt, timeZone)
    const errors: Record<string, string> = {}
    if (title.ko.trim() === '') errors['title.ko'] = t('fieldError.required')
    if (!isValidSlug(shownSlug)) errors.slug = t('organize.fieldError.invalid_slug')
    if (!opens) errors.opens_at = t('organize.fieldError.invalid_datetime')
    if (!closes) errors.closes_at = t('organize.fieldError.invalid_datetime')
    if (!opens || !closes || Object.keys(errors).length > 0) {
      setFailure({ attempt, errors })
      return
    }
    create.mutate(
      { kind, slug: shownSlug, title: textOf(title), time_zone: timeZone, opens_at: opens, closes_at: closes },
      {
        onSuccess: (contest) => navigate(organizePaths.contest(contest.id)),
        onError: (error) => {
          const conflict = error instanceof ApiError && error.status === 409
          const found = conflict ? { slug: t('organize.newContest.slugTaken') } : documentErrors(error, t)
          setFailure({ attempt, errors: found, detail: Object.keys(found).length === 0 ? errorMessage(error, t) : undefined })
        },
      },
    )
  }

  const errors = failure?.errors ?? {}
  return (
    <DocumentErrorsContext.Provider value={errors}>
      <form
        className="new-contest"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        {failure && (
          <ErrorSummary key={failure.attempt} title={t('form.errorSummary')} detail={failure.detail} items={summaryItems(errors, inputExists)} />
        )}
        <SelectField
          id={inputId('kind')}
          label={t('organize.contest.kind')}
          value={kind}
          aria-describedby="new-contest-kind-hint"
          options={CONTEST_KINDS.map((k) => ({ value: k, label: kindLabel(k, t) }))}
          onChange={(event) => setKind(event.target.value as ContestKind)}
        />
        <p id="new-contest-kind-hint" className="field-hint">
          {t('organize.newContest.kindHint')}
        </p>
        <BilingualFields path="title" legend={t('organize.contest.title')} required value={title} onChange={setTitle} />
        <TextField
          path="slug"
          label={t('organize.newContest.slug')}
          hint={t('organize.slugHint')}
          required
          value={shownSlug}
          onChange={(value) => {
            setSlugTouched(true)
            setSlug(value)
          }}
        />
        <p className="field-hint">{t('organize.newContest.zoneNote', { zone: timeZone })}</p>
        <ZonedTimeField
          path="opens_at"
          label={t('organize.schedule.opensAt', { zone: timeZone })}
          value={opensAt}
          timeZone={timeZone}
          onChange={setOpensAt}
        />
        <ZonedTimeField
          path="closes_at"
          label={t('organize.schedule.closesAt', { zone: timeZone })}
          value={closesAt}
          timeZone={timeZone}
          onChange={setClosesAt}
        />
        <div className="actions">
          <Button type="submit" busy={create.isPending}>
            {t('organize.newContest.submit')}
          </Button>
        </div>
      </form>
    </DocumentErrorsContext.Provider>
  )
}
