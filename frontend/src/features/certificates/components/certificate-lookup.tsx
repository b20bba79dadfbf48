import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '../../../components/ui/button'
import { Field } from '../../../components/ui/field'
import { useI18n } from '../../../lib/i18n'
import { certificatePath } from '../api/certificates'

/** A code as printed on a certificate, typed in to verify it. */
export function CertificateLookup({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const [code, setCode] = useState(initialCode)
  const [missing, setMissing] = useState(false)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = code.trim()
    setMissing(trimmed === '')
    if (trimmed) void navigate(certificatePath(trimmed))
  }

  return (
    <form onSubmit={submit} noValidate className="certificate-lookup" aria-labelledby="certificate-lookup-title">
      <h2 id="certificate-lookup-title">{t('certificate.lookupTitle')}</h2>
      <Field
        id="certificate-code"
        label={t('certificate.code')}
        hint={t('certificate.codeHint')}
        value={code}
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        error={missing ? t('fieldError.required') : undefined}
        onChange={(event) => setCode(event.target.value)}
      />
      <Button type="submit">{t('certificate.verify')}</Button>
    </form>
  )
}
