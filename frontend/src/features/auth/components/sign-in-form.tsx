import { useRef, useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { ApiError } from '../../../lib/api-client'
import { errorMessage, fieldErrorsOf } from '../../../lib/problem-messages'
import { useI18n, type Translate } from '../../../lib/i18n'
import { useAuth } from '../hooks/use-auth'

interface Failure {
  attempt: number
  detail: string
  fields: Record<string, string>
}

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n()
  const { signIn } = useAuth()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)
  const attempts = useRef(0)

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (submitting) return
    attempts.current += 1
    const missing: Record<string, string> = {}
    if (email.trim() === '') missing.email = t('form.fieldRequired', { field: t('field.email') })
    if (password === '') missing.password = t('form.fieldRequired', { field: t('field.password') })
    if (Object.keys(missing).length > 0) {
      setFailure({ attempt: attempts.current, detail: t('form.errorSummary'), fields: missing })
      return
    }
    setSubmitting(true)
    try {
      await signIn({ email: email.trim(), password })
      onSignedIn()
    } catch (error) {
      setFailure({ attempt: attempts.current, detail: signInErrorMessage(error, t), fields: fieldErrorsOf(error, t) })
      setSubmitting(false)
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      {failure && (
        <ErrorSummary
          key={failure.attempt}
          title={failure.detail}
          items={Object.entries(failure.fields).map(([field, message]) => ({
            message,
            fieldId: field === 'email' || field === 'password' ? `sign-in-${field}` : undefined,
          }))}
        />
      )}
      <Field
        id="sign-in-email"
        label={t('field.email')}
        type="email"
        inputMode="email"
        autoComplete="username"
        required
        value={email}
        error={failure?.fields.email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Field
        id="sign-in-password"
        label={t('field.password')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        error={failure?.fields.password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Button type="submit" busy={submitting}>
        {submitting ? t('form.submitting') : t('signIn.submit')}
      </Button>
    </form>
  )
}

/** 401 and 429 get their own wording; the throttle message says how long to wait. */
function signInErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.status === 401) {
    return t('signIn.wrongCredentials')
  }
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfterSeconds !== null
      ? t('signIn.throttled', { seconds: error.retryAfterSeconds })
      : t('signIn.throttledNoDelay')
  }
  return errorMessage(error, t)
}
