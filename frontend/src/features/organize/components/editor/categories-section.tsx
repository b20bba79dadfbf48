import { Button } from '../../../../components/ui/button'
import { Field } from '../../../../components/ui/field'
import { Fieldset } from '../../../../components/ui/fieldset'
import { useI18n } from '../../../../lib/i18n'
import type { CategoryDraft } from '../../utils/contest-draft'
import { inputId } from '../../utils/field-errors'
import { move, newUid, removeAt, replaceAt, uniqueKey } from '../../utils/form-builder'
import { refocusAfterMove } from '../../utils/focus'
import { ItemControls } from './item-controls'
import { useFieldError } from '../../hooks/document-errors'

interface CategoriesSectionProps {
  categories: CategoryDraft[]
  onChange: (categories: CategoryDraft[]) => void
  announce: (message: string) => void
}

/** Tracks or age groups; when a contest has any, each entry is in one. */
export function CategoriesSection({ categories, onChange, announce }: CategoriesSectionProps) {
  const { t } = useI18n()
  const listError = useFieldError('categories')
  const nameOf = (c: CategoryDraft, i: number) => c.label.ko.trim() || t('organize.categories.untitled', { n: i + 1 })

  const add = () => {
    const key = uniqueKey('category', categories.map((c) => c.key))
    onChange([...categories, { uid: newUid(), key, label: { ko: '', en: null } }])
    announce(t('organize.categories.added', { position: categories.length + 1 }))
    requestAnimationFrame(() => document.getElementById(inputId(`categories[${categories.length}].label.ko`))?.focus())
  }

  return (
    <Fieldset legend={t('organize.editor.categories')} className="editor-section">
      <p className="field-hint">{t('organize.categories.lead')}</p>
      {listError && (
        <p id={inputId('categories')} tabIndex={-1} className="field-error">
          {listError}
        </p>
      )}
      {categories.length === 0 ? (
        <p>{t('organize.categories.none')}</p>
      ) : (
        <ol className="builder-list">
          {categories.map((category, i) => (
            <li key={category.uid}>
              <CategoryRow
                category={category}
                index={i}
                onChange={(changed) => onChange(replaceAt(categories, i, changed))}
              />
              <ItemControls
                idBase={category.uid}
                name={nameOf(category, i)}
                index={i}
                count={categories.length}
                onMove={(by) => {
                  onChange(move(categories, i, by))
                  const position = Math.min(categories.length, Math.max(1, i + 1 + by))
                  announce(t('organize.list.moved', { name: nameOf(category, i), position, count: categories.length }))
                  refocusAfterMove(category.uid, by)
                }}
                onRemove={() => {
                  onChange(removeAt(categories, i))
                  announce(t('organize.list.removed', { name: nameOf(category, i) }))
                  requestAnimationFrame(() => document.getElementById('add-category')?.focus())
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <Button id="add-category" variant="secondary" onClick={add}>
        {t('organize.categories.add')}
      </Button>
    </Fieldset>
  )
}

function CategoryRow({ category, index, onChange }: { category: CategoryDraft; index: number; onChange: (c: CategoryDraft) => void }) {
  const { t } = useI18n()
  const path = `categories[${index}]`
  // The server names a bad category as a whole; its message goes with the key.
  const error = useFieldError(path)
  const n = index + 1
  return (
    <div className="builder-row">
      <Field
        id={inputId(`${path}.label.ko`)}
        label={t('organize.categories.labelKo', { n })}
        lang="ko"
        value={category.label.ko}
        onChange={(e) => onChange({ ...category, label: { ...category.label, ko: e.target.value } })}
      />
      <Field
        id={inputId(`${path}.label.en`)}
        label={t('organize.categories.labelEn', { n })}
        lang="en"
        value={category.label.en ?? ''}
        onChange={(e) => onChange({ ...category, label: { ...category.label, en: e.target.value === '' ? null : e.target.value } })}
      />
      <Field
        id={inputId(path)}
        label={t('organize.categories.key', { n })}
        hint={t('organize.categories.keyHint')}
        error={error}
        value={category.key}
        onChange={(e) => onChange({ ...category, key: e.target.value })}
      />
    </div>
  )
}
