import { useRef, useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { ErrorSummary, type SummaryItem } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { Fieldset } from '../../../components/ui/fieldset'
import { SelectField } from '../../../components/ui/select-field'
import { errorMessage, fieldErrorsOf } from '../../../lib/problem-messages'
import type { ConsentDocument, ConsentKind, Locale, RegisterRequest } from '../../../lib/api/types'
import { useI18n, type I18nValue, type MessageKey } from '../../../lib/i18n'
import { useRequestOnce } from '../../../lib/use-request'
import { getCurrentConsents } from '../../consents/api/consents'
import { ConsentChoices } from '../../consents/components/consent-choices'
import { consentCheckboxId } from '../../consents/utils/consent-ids'
import { register } from '../api/auth'
import { isUnder14, todayInKorea } from '../utils/age'

type TextField = 'email' | 'password' | 'display_name' | 'birth_date' | 'guardian.name' | 'guardian.email'

/** Input id and label of each field, keyed by the server's field name. */
const FIELDS: Record<TextField, { id: string; label: MessageKey }> = {
  email: { id: 'register-email', label: 'field.email' },
  password: { id: 'register-password', label: 'field.password' },
  display_name: { id: 'register-display-name', label: 'field.displayName' },
  birth_date: { id: 'register-birth-date', label: 'field.birthDate' },
  'guardian.name': { id: 'register-guardian-name', label: 'field.guardianName' },
  'guardian.email': { id: 'register-guardian-email', label: 'field.guardianEmail' },
}

interface Failure {
  attempt: number
  detail?: string
  /** Messages keyed by the server's field names; consent errors by `consents.<kind>`. */
  fields: Record<string, string>
}

export function RegisterForm() {
  const { language, t } = useI18n()
  const consents = useRequestOnce('current-consents', getCurrentConsents)
  const [values, setValues] = useState<Record<TextField, string>>({
    email: '',
    password: '',
    display_name: '',
    birth_date: '',
    'guardian.name': '',
    'guardian.email': '',
  })
  const [locale, setLocale] = useState<Locale>(language)
  const [granted, setGranted] = useState<Partial<Record<ConsentKind, boolean>>>({})
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [done, setDone] = useState(false)
  const attempts = useRef(0)

  const needsGuardian = values.birth_date !== '' && isUnder14(values.birth_date, todayInKorea()) === true
  const documents = consents.status === 'success' ? consents.data.documents : []

  if (done) {
    return (
      <StatusMessage>
        <h2>{t('register.doneTitle')}</h2>
        <p>{t('register.doneBody')}</p>
      </StatusMessage>
    )
  }

  const fieldProps = (name: TextField) => ({
    id: FIELDS[name].id,
    label: t(FIELDS[name].label),
    value: values[name],
    required: true,
    error: failure?.fields[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  })

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (submitting) return
    attempts.current += 1
    const problems = checkLocally(values, needsGuardian, documents, granted, { language, t })
    if (Object.keys(problems).length > 0) {
      setFailure({ attempt: attempts.current, fields: problems })
      return
    }
    setSubmitting(true)
    try {
      await register(toRequest(values, locale, needsGuardian, documents, granted))
      setDone(true)
    } catch (error) {
      setFailure({ attempt: attempts.current, detail: errorMessage(error, t), fields: fieldErrorsOf(error, t) })
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      {failure && (
        <ErrorSummary
          key={failure.attempt}
          title={t('form.errorSummary')}
          detail={failure.detail}
          items={summaryItems(failure.fields)}
        />
      )}

      <Fieldset legend={t('register.accountSection')}>
        <Field type="email" autoComplete="email" inputMode="email" {...fieldProps('email')} />
        <Field type="password" autoComplete="new-password" {...fieldProps('password')} />
        <Field
          type="text"
          autoComplete="nickname"
          hint={t('field.displayName.hint')}
          {...fieldProps('display_name')}
        />
        <SelectField
          id="register-locale"
          label={t('field.locale')}
          value={locale}
          onChange={(event) => setLocale(event.target.value as Locale)}
          options={[
            { value: 'ko', label: t('locale.ko') },
            { value: 'en', label: t('locale.en') },
          ]}
        />
        <Field
          type="date"
          autoComplete="bday"
          max={todayInKorea()}
          hint={t('field.birthDate.hint')}
          {...fieldProps('birth_date')}
        />
      </Fieldset>

      {needsGuardian && (
        <Fieldset legend={t('register.guardianSection')}>
          <p>{t('register.guardianLead')}</p>
          <Field type="text" autoComplete="off" {...fieldProps('guardian.name')} />
          <Field type="email" autoComplete="off" inputMode="email" {...fieldProps('guardian.email')} />
        </Fieldset>
      )}

      {consents.status === 'pending' && <p role="status">{t('register.consentsLoading')}</p>}
      {consents.status === 'error' && (
        <ErrorAlert>
          <p>{t('register.consentsFailed')}</p>
        </ErrorAlert>
      )}
      <ConsentChoices
        documents={documents}
        granted={granted}
        onChange={(kind, value) => setGranted((current) => ({ ...current, [kind]: value }))}
        errors={Object.fromEntries(
          documents.map((d) => [d.kind, failure?.fields[`consents.${d.kind}`]]).filter(([, message]) => message),
        )}
      />

      <Button type="submit" busy={submitting} disabled={consents.status !== 'success'}>
        {submitting ? t('form.submitting') : t('register.submit')}
      </Button>
    </form>
  )
}

/** What can be known without the server: empty fields, bad dates, unticked required consents. */
function checkLocally(
  values: Record<TextField, string>,
  needsGuardian: boolean,
  documents: ConsentDocument[],
  granted: Partial<Record<ConsentKind, boolean>>,
  { language, t }: Pick<I18nValue, 'language' | 't'>,
): Record<string, string> {
  const problems: Record<string, string> = {}
  const asked: TextField[] = ['email', 'password', 'display_name', 'birth_date']
  if (needsGuardian) asked.push('guardian.name', 'guardian.email')
  for (const name of asked) {
    if (values[name].trim() === '') problems[name] = t('form.fieldRequired', { field: t(FIELDS[name].label) })
  }
  if (values.birth_date !== '' && isUnder14(values.birth_date, todayInKorea()) === null) {
    problems.birth_date = t('register.birthDateInvalid')
  }
  for (const document of documents) {
    if (document.required && !granted[document.kind]) {
      problems[`consents.${document.kind}`] = t('register.consentRequiredError', {
        title: document.title[language],
      })
    }
  }
  return problems
}

function toRequest(
  values: Record<TextField, string>,
  locale: Locale,
  needsGuardian: boolean,
  documents: ConsentDocument[],
  granted: Partial<Record<ConsentKind, boolean>>,
): RegisterRequest {
  return {
    email: values.email.trim(),
    password: values.password,
    display_name: values.display_name.trim(),
    locale,
    birth_date: values.birth_date,
    // Every current document is answered, optional ones included, so the
    // server records a refusal as explicitly as a grant.
    consents: documents.map((d) => ({ kind: d.kind, version: d.version, granted: granted[d.kind] ?? false })),
    ...(needsGuardian && {
      guardian: { name: values['guardian.name'].trim(), email: values['guardian.email'].trim() },
    }),
  }
}

/** Summary lines in form order, linked to their inputs when those are on the page. */
function summaryItems(fields: Record<string, string>): SummaryItem[] {
  return Object.entries(fields).map(([name, message]) => {
    if (name in FIELDS) return { message, fieldId: FIELDS[name as TextField].id }
    if (name.startsWith('consents.')) {
      return { message, fieldId: consentCheckboxId(name.slice('consents.'.length) as ConsentKind) }
    }
    return { message }
  })
}
