import { useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button'
import { SelectField } from '../../../components/ui/select-field'
import type { Category } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { ENTRY_STATUSES, SCREENING_STATES, type EntryStatus, type ScreeningState } from '../api/shapes'
import { FLAGS, PAGE_SIZES, type Flag, type ScreeningFilters } from '../utils/filters'

/**
 * What the list can be narrowed to — everything the API filters on. It
 * reports on submit, so each search is one history entry and one URL.
 * Choosing filters starts again from the first page.
 */
export function ScreeningFiltersForm({
  value,
  categories,
  onChange,
}: {
  value: ScreeningFilters
  categories: Category[]
  onChange: (next: ScreeningFilters) => void
}) {
  const { t, text } = useI18n()
  const [status, setStatus] = useState<string>(value.status ?? '')
  const [screening, setScreening] = useState<string>(value.screening ?? '')
  const [category, setCategory] = useState(value.category ?? '')
  const [flag, setFlag] = useState<string>(value.flag ?? '')
  const [sort, setSort] = useState<string>(value.sort)
  const [size, setSize] = useState(String(value.size))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onChange({
      status: (status || undefined) as EntryStatus | undefined,
      screening: (screening || undefined) as ScreeningState | undefined,
      category: category || undefined,
      flag: (flag || undefined) as Flag | undefined,
      // A duplicate group is chosen from the duplicates report; it stays until cleared there.
      group: value.group,
      sort: sort === 'newest' ? 'newest' : 'oldest',
      size: Number(size),
    })
  }

  return (
    <form role="search" aria-label={t('screening.filters.label')} className="filters screening-filters" onSubmit={submit}>
      <SelectField
        id="screening-status"
        label={t('screening.filters.status')}
        value={status}
        onChange={(e) => setStatus(e.target.value)}
        options={[
          { value: '', label: t('screening.filters.anyStatus') },
          ...ENTRY_STATUSES.map((s) => ({ value: s, label: t(`screening.status.${s}`) })),
        ]}
      />
      <SelectField
        id="screening-state"
        label={t('screening.filters.screening')}
        value={screening}
        onChange={(e) => setScreening(e.target.value)}
        options={[
          { value: '', label: t('screening.filters.anyScreening') },
          ...SCREENING_STATES.map((s) => ({ value: s, label: t(`screening.state.${s}`) })),
        ]}
      />
      {categories.length > 0 && (
        <SelectField
          id="screening-category"
          label={t('screening.filters.category')}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          options={[
            { value: '', label: t('screening.filters.anyCategory') },
            ...categories.map((c) => ({ value: c.key, label: text(c.label) })),
          ]}
        />
      )}
      <SelectField
        id="screening-flag"
        label={t('screening.filters.flag')}
        value={flag}
        onChange={(e) => setFlag(e.target.value)}
        options={[
          { value: '', label: t('screening.filters.anyFlag') },
          ...FLAGS.map((f) => ({ value: f, label: t(`screening.flag.${f}`) })),
        ]}
      />
      <SelectField
        id="screening-sort"
        label={t('screening.filters.sort')}
        value={sort}
        onChange={(e) => setSort(e.target.value)}
        options={[
          { value: 'oldest', label: t('screening.sort.oldest') },
          { value: 'newest', label: t('screening.sort.newest') },
        ]}
      />
      <SelectField
        id="screening-size"
        label={t('screening.filters.size')}
        value={size}
        onChange={(e) => setSize(e.target.value)}
        options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
      />
      <div className="actions">
        <Button type="submit">{t('screening.filters.apply')}</Button>
        <Button
          variant="secondary"
          onClick={() => onChange({ sort: 'oldest', size: value.size })}
        >
          {t('screening.filters.reset')}
        </Button>
      </div>
    </form>
  )
}
