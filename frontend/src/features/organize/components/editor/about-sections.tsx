/**
 * The contest's texts: kind and title, the Markdown description and rules
 * (each language with "Write / Preview", rendered by the server as the contest
 * page will show it), and the smaller facts.
 */
import { Fieldset } from '../../../../components/ui/fieldset'
import { SelectField } from '../../../../components/ui/select-field'
import { CONTEST_KINDS, type ContestKind } from '../../../../lib/api/types'
import { useI18n } from '../../../../lib/i18n'
import { kindLabel } from '../../../contests/utils/labels'
import type { ContestDraft } from '../../utils/contest-draft'
import { inputId } from '../../utils/field-errors'
import { BilingualFields, TextAreaField, TextField } from '../inputs'
import { useFieldError } from '../../hooks/document-errors'

interface SectionProps {
  draft: ContestDraft
  onChange: (patch: Partial<ContestDraft>) => void
}

export function BasicsSection({ draft, onChange, slug }: SectionProps & { slug: string }) {
  const { t } = useI18n()
  return (
    <Fieldset legend={t('organize.editor.basics')} className="editor-section">
      <SelectField
        id={inputId('kind')}
        label={t('organize.contest.kind')}
        value={draft.kind}
        options={CONTEST_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, t) }))}
        onChange={(event) => onChange({ kind: event.target.value as ContestKind })}
      />
      <p className="field-hint">{t('organize.contest.slugIs', { slug })}</p>
      <BilingualFields
        path="title"
        legend={t('organize.contest.title')}
        required
        value={draft.title}
        onChange={(title) => onChange({ title })}
      />
      <BilingualFields
        path="summary"
        legend={t('organize.contest.summary')}
        hint={t('organize.contest.summaryHint')}
        multiline
        rows={2}
        value={draft.summary}
        onChange={(summary) => onChange({ summary })}
      />
    </Fieldset>
  )
}

export function TextsSection({ draft, onChange }: SectionProps) {
  const { t } = useI18n()
  return (
    <Fieldset legend={t('organize.editor.texts')} className="editor-section">
      <BilingualFields
        path="description"
        legend={t('organize.contest.description')}
        hint={t('organize.contest.markdownHint')}
        markdown
        rows={10}
        value={draft.description}
        onChange={(description) => onChange({ description })}
      />
      <BilingualFields
        path="rules"
        legend={t('organize.contest.rules')}
        hint={t('organize.contest.markdownHint')}
        markdown
        rows={10}
        value={draft.rules}
        onChange={(rules) => onChange({ rules })}
      />
    </Fieldset>
  )
}

export function DetailsSection({ draft, onChange }: SectionProps) {
  const { t } = useI18n()
  const prizesError = useFieldError('prizes')
  const coHostsError = useFieldError('co_hosts')
  return (
    <Fieldset legend={t('organize.editor.details')} className="editor-section">
      <TextField path="theme" label={t('organize.contest.theme')} value={draft.theme} onChange={(theme) => onChange({ theme })} />
      <TextAreaField
        id={inputId('prizes')}
        label={t('organize.contest.prizes')}
        error={prizesError}
        rows={3}
        value={draft.prizes}
        onChange={(prizes) => onChange({ prizes })}
      />
      <TextField
        path="contact"
        label={t('organize.contest.contact')}
        hint={t('organize.contest.contactHint')}
        value={draft.contact}
        onChange={(contact) => onChange({ contact })}
      />
      <TextAreaField
        id={inputId('co_hosts')}
        label={t('organize.contest.coHosts')}
        hint={t('organize.contest.coHostsHint')}
        error={coHostsError}
        rows={3}
        value={draft.coHosts}
        onChange={(coHosts) => onChange({ coHosts })}
      />
    </Fieldset>
  )
}
