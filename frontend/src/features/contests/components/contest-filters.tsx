import { useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button'
import { Field } from '../../../components/ui/field'
import { SelectField } from '../../../components/ui/select-field'
import { CONTEST_KINDS, type ContestKind, type ContestState } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { kindLabel, stateLabel } from '../utils/labels'

export interface FilterValues {
  kind?: ContestKind
  state?: ContestState
  q?: string
}

/** What a citizen can filter on: drafts are never public, so three states. */
const PUBLIC_STATES: ContestState[] = ['open', 'published', 'closed']

/** The filter form; it reports on submit, so each search is one history entry (and a bookmarkable URL). */
export function ContestFilters({ value, onChange }: { value: FilterValues; onChange: (next: FilterValues) => void }) {
  const { t } = useI18n()
  const [kind, setKind] = useState(value.kind ?? '')
  const [state, setState] = useState(value.state ?? '')
  const [q, setQ] = useState(value.q ?? '')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onChange({
      kind: (kind || undefined) as ContestKind | undefined,
      state: (state || undefined) as ContestState | undefined,
      q: q.trim() || undefined,
    })
  }

  const clear = () => {
    setKind('')
    setState('')
    setQ('')
    onChange({})
  }

  return (
    <form role="search" aria-label={t('contests.filters')} className="filters" onSubmit={submit}>
      <Field id="contest-search" label={t('contests.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <SelectField
        id="contest-kind"
        label={t('contests.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        options={[{ value: '', label: t('contests.anyKind') }, ...CONTEST_KINDS.map((k) => ({ value: k, label: kindLabel(k, t) }))]}
      />
      <SelectField
        id="contest-state"
        label={t('contests.state')}
        value={state}
        onChange={(e) => setState(e.target.value)}
        options={[{ value: '', label: t('contests.anyState') }, ...PUBLIC_STATES.map((s) => ({ value: s, label: stateLabel(s, t) }))]}
      />
      <div className="actions">
        <Button type="submit">{t('contests.apply')}</Button>
        <Button variant="secondary" onClick={clear}>
          {t('contests.reset')}
        </Button>
      </div>
    </form>
  )
}
