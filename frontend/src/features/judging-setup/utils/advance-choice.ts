/**
 * Choosing by hand which entries advance when a stage closes (the close
 * request's `advance`): the stage's ranking as rows to tick, the recipe's
 * own choice ticked to begin with. Pure: tested without React.
 */
import { parseStageResults, type ResultsView } from '../../screening/api/shapes'

export interface RankedChoice {
  entry: string
  /** null: no judge scored it. */
  rank: number | null
  /** A pairwise ranking's category: its ranks count within it. */
  category: string | null
  /** The recipe's advance rule chose it. */
  advances: boolean
}

/** The ranking in its order (a rubric stage's by final score, a pairwise stage's by category, best first). */
export function rankedChoices(view: ResultsView): RankedChoice[] {
  const parsed = parseStageResults(view)
  if (parsed.kind === 'rubric') {
    return parsed.results.entries.map((e) => ({ entry: e.entry, rank: e.rank ?? null, category: null, advances: e.advances === true }))
  }
  return parsed.results.ranking.map((r) => ({
    entry: r.entry_id,
    rank: r.rank,
    category: r.category ?? null,
    advances: r.advances === true,
  }))
}

/** The entries the recipe advances. */
export const recipeChoice = (rows: readonly RankedChoice[]): Set<string> =>
  new Set(rows.filter((row) => row.advances).map((row) => row.entry))

/** The chosen entries in ranking order, as the close request sends them. */
export const chosenInOrder = (rows: readonly RankedChoice[], chosen: ReadonlySet<string>): string[] =>
  rows.filter((row) => chosen.has(row.entry)).map((row) => row.entry)
