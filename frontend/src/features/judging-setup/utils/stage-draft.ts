/**
 * The whole stage form: name, mode, scoring window (typed in the contest's
 * time zone), blindness, how entries are assigned, the rubric and the recipe;
 * turned into the API's `StageDocument` with every problem the server would
 * find, keyed by its field paths.
 */
import type { StageView, paths } from '../../../lib/api/types'
import { bilingual, parseNumber, type DraftProblem } from './draft-checks'
import { buildRecipe, checkRecipe, defaultRecipe, recipeDraft, type RecipeDraft } from './recipe-draft'
import { buildRubric, checkRubric, newCriterion, rubricDraft, type RubricDraft } from './rubric-draft'
import { utcToZonedInput, zonedInputToUtc } from '../../../lib/zoned-time'

export type StageDocument = paths['/api/v1/stages/{id}']['put']['requestBody']['content']['application/json']
export type StageMode = 'rubric' | 'pairwise'
export type AssignmentMode = StageView['assignment']['mode']

const MAX_NAME_CHARS = 100
const MAX_REASON_CHARS = 1000
export const MAX_JUDGES_PER_ENTRY = 50

export interface StageDraft {
  nameKo: string
  nameEn: string
  mode: StageMode
  blind: boolean
  /** "YYYY-MM-DDTHH:mm" in the contest's time zone. */
  opensAt: string
  closesAt: string
  assignment: AssignmentMode
  judgesPerEntry: string
  rubric: RubricDraft
  recipe: RecipeDraft
  /** Why the rubric or recipe changes after scoring opened (kept in the audit trail). */
  reopenReason: string
}

export function newStageDraft(): StageDraft {
  return {
    nameKo: '',
    nameEn: '',
    mode: 'rubric',
    blind: true,
    opensAt: '',
    closesAt: '',
    assignment: 'everyone',
    judgesPerEntry: '3',
    rubric: { criteria: [newCriterion()], commentRequired: false },
    recipe: recipeDraft(defaultRecipe()),
    reopenReason: '',
  }
}

export function stageDraft(stage: StageView, timeZone: string): StageDraft {
  return {
    nameKo: stage.name.ko,
    nameEn: stage.name.en ?? '',
    mode: stage.mode === 'pairwise' ? 'pairwise' : 'rubric',
    blind: stage.blind,
    opensAt: utcToZonedInput(stage.opens_at, timeZone),
    closesAt: utcToZonedInput(stage.closes_at, timeZone),
    assignment: stage.assignment.mode,
    judgesPerEntry: stage.assignment.mode === 'per_entry' ? String(stage.assignment.k) : '3',
    rubric: rubricDraft(stage.rubric),
    recipe: recipeDraft(stage.recipe),
    reopenReason: '',
  }
}

/** Scoring has opened (or the stage is closed): the server holds the mode, blindness, rubric and recipe. */
export const isFrozen = (stage: Pick<StageView, 'state'>) => stage.state !== 'upcoming'

/** The rubric and recipe a draft stands for, to tell whether they changed (for the reopen reason). */
function scoringRules(draft: StageDraft): string {
  return JSON.stringify(
    draft.mode === 'pairwise'
      ? { advance: buildRecipe(draft.recipe).advance }
      : { rubric: buildRubric(draft.rubric), recipe: buildRecipe(draft.recipe) },
  )
}

export const scoringRulesChanged = (draft: StageDraft, saved: StageDraft) => scoringRules(draft) !== scoringRules(saved)

export interface BuildOptions {
  timeZone: string
  /** For an update: the version last read, and the stage as saved (to know what is frozen). */
  saved?: { version: number; frozen: boolean; draft: StageDraft }
}

export type BuildResult = { ok: true; document: StageDocument } | { ok: false; problems: DraftProblem[] }

const wholeNumberOf = (text: string) => {
  const parsed = parseNumber(text)
  return parsed.kind === 'number' ? parsed.value : 0
}

function checkName(draft: StageDraft, problems: DraftProblem[]) {
  const long = (text: string) => [...text.trim()].length > MAX_NAME_CHARS
  if (draft.nameKo.trim() === '') problems.push({ field: 'name.ko', message: 'judgingSetup.error.koreanRequired' })
  else if (long(draft.nameKo)) problems.push({ field: 'name.ko', message: 'judgingSetup.error.tooLong', vars: { max: MAX_NAME_CHARS } })
  if (long(draft.nameEn)) problems.push({ field: 'name.en', message: 'judgingSetup.error.tooLong', vars: { max: MAX_NAME_CHARS } })
}

function checkWindow(draft: StageDraft, timeZone: string, problems: DraftProblem[]) {
  const opens = zonedInputToUtc(draft.opensAt, timeZone)
  const closes = zonedInputToUtc(draft.closesAt, timeZone)
  if (!opens) problems.push({ field: 'opens_at', message: 'judgingSetup.error.dateTime' })
  if (!closes) problems.push({ field: 'closes_at', message: 'judgingSetup.error.dateTime' })
  if (opens && closes && closes <= opens) problems.push({ field: 'closes_at', message: 'judgingSetup.error.closesBeforeOpens' })
  return { opens, closes }
}

function checkAssignment(draft: StageDraft, problems: DraftProblem[]) {
  if (draft.mode !== 'rubric' || draft.assignment !== 'per_entry') return
  const k = parseNumber(draft.judgesPerEntry)
  if (k.kind !== 'number' || !Number.isInteger(k.value) || k.value < 1 || k.value > MAX_JUDGES_PER_ENTRY) {
    problems.push({ field: 'assignment.k', message: 'judgingSetup.error.judgesPerEntry', vars: { max: MAX_JUDGES_PER_ENTRY } })
  }
}

/** The document to send, or every problem found before sending. */
export function buildStageDocument(draft: StageDraft, { timeZone, saved }: BuildOptions): BuildResult {
  const problems: DraftProblem[] = []
  checkName(draft, problems)
  const { opens, closes } = checkWindow(draft, timeZone, problems)
  checkAssignment(draft, problems)
  const rubric = draft.mode === 'rubric'
  const rubricProblems = rubric ? checkRubric(draft.rubric) : []
  problems.push(...rubricProblems)
  // As on the server, the recipe is checked against a valid rubric only.
  const keys = rubric ? draft.rubric.criteria.map((c) => c.key.trim()) : null
  if (rubricProblems.length === 0) problems.push(...checkRecipe(draft.recipe, keys))

  const reopening = saved?.frozen === true && problems.length === 0 && scoringRulesChanged(draft, saved.draft)
  if (reopening && draft.reopenReason.trim() === '') {
    problems.push({ field: 'reopen_reason', message: 'judgingSetup.error.reopenReasonRequired' })
  } else if (reopening && [...draft.reopenReason.trim()].length > MAX_REASON_CHARS) {
    problems.push({ field: 'reopen_reason', message: 'judgingSetup.error.tooLong', vars: { max: MAX_REASON_CHARS } })
  }
  if (problems.length > 0 || !opens || !closes) return { ok: false, problems }

  const recipe = buildRecipe(draft.recipe)
  return {
    ok: true,
    document: {
      ...(saved ? { version: saved.version } : {}),
      name: bilingual(draft.nameKo, draft.nameEn),
      mode: draft.mode,
      blind: draft.blind,
      opens_at: opens,
      closes_at: closes,
      assignment:
        rubric && draft.assignment === 'per_entry'
          ? { mode: 'per_entry', k: wholeNumberOf(draft.judgesPerEntry) }
          : { mode: 'everyone' },
      rubric: rubric ? buildRubric(draft.rubric) : null,
      // A pairwise stage ranks by CrowdBT: of the recipe only the advance rule
      // applies, and the rest stays as saved (so nothing else counts as a change).
      recipe: rubric ? recipe : { ...(saved ? buildRecipe(saved.draft.recipe) : defaultRecipe()), advance: recipe.advance },
      ...(reopening ? { reopen_reason: draft.reopenReason.trim() } : {}),
    },
  }
}
