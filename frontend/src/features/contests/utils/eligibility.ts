import type { Eligibility } from '../../../lib/api/types'
import type { Translate } from '../../../lib/i18n'

/** The eligibility rules as sentences (pure: tested without React). */
export function eligibilityLines(eligibility: Eligibility, t: Translate): string[] {
  const lines: string[] = []
  if (eligibility.min_age != null) lines.push(t('eligibility.minAge', { age: eligibility.min_age }))
  if (eligibility.max_age != null) lines.push(t('eligibility.maxAge', { age: eligibility.max_age }))
  const teams = eligibility.teams
  if (teams) {
    const vars = { min: teams.min_size, max: teams.max_size }
    lines.push(t(teams.required ? 'eligibility.teamsRequired' : 'eligibility.teamsAllowed', vars))
  }
  lines.push(t('eligibility.maxEntries', { count: eligibility.max_entries_per_person ?? 1 }))
  if (eligibility.min_age == null && eligibility.max_age == null && !teams) lines.unshift(t('eligibility.anyone'))
  return lines
}
