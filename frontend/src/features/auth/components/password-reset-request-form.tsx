import { useRef, useState, type FormEvent } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { errorMessage, fieldErrorsOf } from '../../../lib/problem-messages'
import { useI18n } from '../../../lib/i18n'
import { requestPasswordReset } from '../api/auth'

/** Asks for a reset link. The answer never says whether the address is registered. */
export function PasswordResetRequestForm() {
  const { t } = useI18n()
  const [email, setEmail] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState<{ attempt: number; detail: string; email?: string } | null>(null)
  const [done, setDone] = useState(false)
  const attempts = useRef(0)

  if (done) {
    return (
      <StatusMessage>
        <p>{t('resetPassword.requestDone')}</p>
      </StatusMessage>
    )
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (submitting) return
    attempts.current += 1
    if (email.trim() === '') {
      const message = t('form.fieldRequired', { field: t('field.email') })
      setFailure({ attempt: attempts.current, detail: t('form.errorSummary'), email: message })
      return
    }
    setSubmitting(true)
    try {
      await requestPasswordReset(email.trim())
      setDone(true)
    } catch (error) {
      setFailure({ attempt: attempts.current, detail: errorMessage(error, t), email: fieldErrorsOf(error, t).email })
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <p>{t('resetPassword.requestLead')}</p>
      {failure && (
        <ErrorSummary
          key={failure.attempt}
          title={failure.detail}
          items={failure.email ? [{ message: failure.email, fieldId: 'reset-email' }] : []}
        />
      )}
      <Field
        id="reset-email"
        label={t('field.email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        value={email}
        error={failure?.email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Button type="submit" busy={submitting}>
        {submitting ? t('form.submitting') : t('resetPassword.requestSubmit')}
      </Button>
    </form>
  )
}
