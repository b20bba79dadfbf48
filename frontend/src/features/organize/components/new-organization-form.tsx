import { useState } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { Fieldset } from '../../../components/ui/fieldset'
import { ApiError } from '../../../lib/api-client'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useCreateOrganization } from '../api/organizations'
import { documentErrors, inputExists, summaryItems } from '../utils/field-errors'
import { TextField } from './inputs'
import { DocumentErrorsContext } from '../hooks/document-errors'

/** An admin adds an organization (a ministry, a city, an agency); its organizers are added afterwards. */
export function NewOrganizationForm() {
  const { t } = useI18n()
  const create = useCreateOrganization()
  const [slug, setSlug] = useState('')
  const [nameKo, setNameKo] = useState('')
  const [nameEn, setNameEn] = useState('')
  const [attempt, setAttempt] = useState(0)
  const [created, setCreated] = useState<string | null>(null)
  const errors = documentErrors(create.error, t)
  const conflict = create.error instanceof ApiError && create.error.status === 409

  return (
    <DocumentErrorsContext.Provider value={errors}>
      <form
        className="panel"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setAttempt((n) => n + 1)
          setCreated(null)
          create.mutate(
            { slug: slug.trim(), name_ko: nameKo.trim(), name_en: nameEn.trim() === '' ? null : nameEn.trim() },
            {
              onSuccess: (organization) => {
                setSlug('')
                setNameKo('')
                setNameEn('')
                setCreated(organization.name_ko)
              },
            },
          )
        }}
      >
        <Fieldset legend={t('organize.newOrganization.title')}>
          {create.isError && (
            <ErrorSummary
              key={attempt}
              title={t('form.errorSummary')}
              detail={conflict ? t('organize.newOrganization.slugTaken') : Object.keys(errors).length === 0 ? errorMessage(create.error, t) : undefined}
              items={summaryItems(errors, inputExists)}
            />
          )}
          <TextField path="name_ko" label={t('organize.newOrganization.nameKo')} required value={nameKo} onChange={setNameKo} />
          <TextField path="name_en" label={t('organize.newOrganization.nameEn')} value={nameEn} onChange={setNameEn} />
          <TextField
            path="slug"
            label={t('organize.newOrganization.slug')}
            hint={t('organize.slugHint')}
            required
            value={slug}
            onChange={setSlug}
          />
          <Button type="submit" busy={create.isPending}>
            {t('organize.newOrganization.submit')}
          </Button>
        </Fieldset>
        {created && (
          <StatusMessage>
            <p>{t('organize.newOrganization.created', { name: created })}</p>
          </StatusMessage>
        )}
      </form>
    </DocumentErrorsContext.Provider>
  )
}
