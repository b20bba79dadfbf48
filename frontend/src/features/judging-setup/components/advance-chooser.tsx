import { useState } from 'react'
import { Button } from '../../../components/ui/button'
import type { StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { useStageContest } from '../../judging/api/judging'
import { useEntryNames } from '../hooks/use-entry-names'
import type { RankedChoice } from '../utils/advance-choice'
import { Checkbox } from './controls'

/** Rows shown at first beyond the recipe's own choice, and added by "show more". */
const PAGE = 50

interface AdvanceChooserProps {
  stage: StageView
  rows: RankedChoice[]
  chosen: ReadonlySet<string>
  onChange: (entryId: string, checked: boolean) => void
}

/**
 * The stage's ranking as checkboxes, to choose by hand which entries advance
 * (each with its rank and name, and whether the recipe advances it), with
 * how many are chosen said as it changes, and when that is not the recipe's
 * number. The ranking is long: it shows the recipe's choice and a page
 * beyond, and more on request.
 */
export function AdvanceChooser({ stage, rows, chosen, onChange }: AdvanceChooserProps) {
  const { t, text } = useI18n()
  const recipeCount = rows.filter((row) => row.advances).length
  const [shown, setShown] = useState(() => Math.max(PAGE, recipeCount + 10))
  const visible = rows.slice(0, shown)
  const { nameOf } = useEntryNames(
    stage,
    visible.map((row) => row.entry),
  )
  const contest = useStageContest(stage.contest_id)
  const count = chosen.size

  const categoryName = (key: string) => {
    const found = contest.data?.categories.find((c) => c.key === key)
    return found ? text(found.label) : key
  }
  const rankOf = (row: RankedChoice) =>
    row.rank === null
      ? t('judgingSetup.close.unranked')
      : row.category
        ? t('judgingSetup.close.rankInCategory', { rank: row.rank, category: categoryName(row.category) })
        : t('judgingSetup.close.rank', { rank: row.rank })

  if (rows.length === 0) return <p>{t('judgingSetup.close.noRanking')}</p>
  return (
    <fieldset className="field choice-group advance-chooser" aria-describedby="advance-count">
      <legend>{t('judgingSetup.close.chooseLegend')}</legend>
      <div id="advance-count" role="status">
        <p>{t('judgingSetup.close.chosenCount', { count })}</p>
        {count !== recipeCount && <p className="notice">{t('judgingSetup.close.countDiffers', { count, recipe: recipeCount })}</p>}
      </div>
      <ul className="advance-list">
        {visible.map((row) => (
          <li key={row.entry}>
            <Checkbox
              id={`advance-${row.entry}`}
              label={t('judgingSetup.close.choice', { rank: rankOf(row), name: nameOf(row.entry) })}
              hint={row.advances ? t('judgingSetup.close.byRecipe') : undefined}
              checked={chosen.has(row.entry)}
              onChange={(checked) => onChange(row.entry, checked)}
            />
          </li>
        ))}
      </ul>
      {rows.length > shown && (
        <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
          {t('judgingSetup.close.showMore', { count: rows.length - shown })}
        </Button>
      )}
    </fieldset>
  )
}
