import type { ConsentDocument, ConsentKind } from '../../../lib/api/types'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import { Fieldset } from '../../../components/ui/fieldset'
import { useI18n } from '../../../lib/i18n'
import { consentCheckboxId } from '../utils/consent-ids'
import { ConsentDocumentView } from './consent-document'

interface ConsentChoicesProps {
  documents: ConsentDocument[]
  granted: Partial<Record<ConsentKind, boolean>>
  onChange: (kind: ConsentKind, granted: boolean) => void
  errors: Partial<Record<ConsentKind, string>>
}

/** The registration's consents: required ones first, optional ones apart and marked so. */
export function ConsentChoices({ documents, granted, onChange, errors }: ConsentChoicesProps) {
  const { language, t } = useI18n()
  const required = documents.filter((d) => d.required)
  const optional = documents.filter((d) => !d.required)

  const renderDocument = (document: ConsentDocument) => {
    const id = consentCheckboxId(document.kind)
    const error = errors[document.kind]
    return (
      <ConsentDocumentView key={document.kind} document={document}>
        <div className="checkbox">
          <input
            type="checkbox"
            id={id}
            name={id}
            checked={granted[document.kind] ?? false}
            onChange={(event) => onChange(document.kind, event.target.checked)}
            required={document.required}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <label htmlFor={id}>
            {t('register.consentAgree', { title: document.title[language] })}
            {document.required && <RequiredMark />}
          </label>
        </div>
        {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      </ConsentDocumentView>
    )
  }

  return (
    <>
      {required.length > 0 && (
        <Fieldset className="consent-group" legend={t('register.requiredConsents')}>
          {required.map(renderDocument)}
        </Fieldset>
      )}
      {optional.length > 0 && (
        <Fieldset className="consent-group consent-group-optional" legend={t('register.optionalConsents')}>
          {optional.map(renderDocument)}
        </Fieldset>
      )}
    </>
  )
}
