import { useRef, useState, type FormEvent } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary, type SummaryItem } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { Link } from '../../../components/ui/link'
import { errorMessage, fieldErrorsOf } from '../../../lib/problem-messages'
import { useI18n } from '../../../lib/i18n'
import { confirmPasswordReset } from '../api/auth'

interface Failure {
  attempt: number
  detail: string
  newPassword?: string
  confirmation?: string
}

/** Sets a new password with the one-time token from the reset email. */
export function PasswordResetConfirmForm({ token }: { token: string }) {
  const { t } = useI18n()
  const [newPassword, setNewPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [done, setDone] = useState(false)
  const attempts = useRef(0)

  if (done) {
    return (
      <StatusMessage>
        <p>{t('resetPassword.confirmDone')}</p>
        <p>
          <Link href="/sign-in">{t('nav.signIn')}</Link>
        </p>
      </StatusMessage>
    )
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (submitting) return
    attempts.current += 1
    const local: Failure = { attempt: attempts.current, detail: t('form.errorSummary') }
    if (newPassword === '') local.newPassword = t('form.fieldRequired', { field: t('field.newPassword') })
    else if (confirmation !== newPassword) local.confirmation = t('resetPassword.mismatch')
    if (local.newPassword || local.confirmation) {
      setFailure(local)
      return
    }
    setSubmitting(true)
    try {
      await confirmPasswordReset(token, newPassword)
      setDone(true)
    } catch (error) {
      const fields = fieldErrorsOf(error, t)
      setFailure({ attempt: attempts.current, detail: errorMessage(error, t), newPassword: fields.new_password })
    } finally {
      setSubmitting(false)
    }
  }

  const items: SummaryItem[] = []
  if (failure?.newPassword) items.push({ message: failure.newPassword, fieldId: 'reset-new-password' })
  if (failure?.confirmation) items.push({ message: failure.confirmation, fieldId: 'reset-confirm-password' })

  return (
    <form onSubmit={handleSubmit} noValidate>
      <p>{t('resetPassword.confirmLead')}</p>
      {failure && <ErrorSummary key={failure.attempt} title={failure.detail} items={items} />}
      <Field
        id="reset-new-password"
        label={t('field.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={newPassword}
        error={failure?.newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
      />
      <Field
        id="reset-confirm-password"
        label={t('field.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        error={failure?.confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
      />
      <Button type="submit" busy={submitting}>
        {submitting ? t('form.submitting') : t('resetPassword.confirmSubmit')}
      </Button>
    </form>
  )
}
