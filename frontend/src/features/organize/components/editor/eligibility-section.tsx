import { Button } from '../../../../components/ui/button'
import { Fieldset } from '../../../../components/ui/fieldset'
import { useI18n } from '../../../../lib/i18n'
import type { EligibilityDraft } from '../../utils/contest-draft'
import { inputId } from '../../utils/field-errors'
import { CheckboxField, NumberField } from '../inputs'

interface EligibilitySectionProps {
  eligibility: EligibilityDraft
  onChange: (eligibility: EligibilityDraft) => void
  /** Whether the form already asks for a guardian's consent (a consent field). */
  hasGuardianConsent: boolean
  onAddGuardianConsent: () => void
}

/** Who may enter: ages at the deadline, entries per person, and whether (and how) teams may enter. */
export function EligibilitySection({ eligibility, onChange, hasGuardianConsent, onAddGuardianConsent }: EligibilitySectionProps) {
  const { t } = useI18n()
  const teams = eligibility.teams
  const set = (patch: Partial<EligibilityDraft>) => onChange({ ...eligibility, ...patch })
  return (
    <Fieldset legend={t('organize.editor.eligibility')} className="editor-section">
      <div className="builder-limits">
        <NumberField
          path="eligibility.min_age"
          label={t('organize.eligibility.minAge')}
          hint={t('organize.eligibility.ageHint')}
          min={0}
          max={150}
          value={eligibility.min_age}
          onChange={(min_age) => set({ min_age })}
        />
        <NumberField
          path="eligibility.max_age"
          label={t('organize.eligibility.maxAge')}
          hint={t('organize.eligibility.ageHint')}
          min={0}
          max={150}
          value={eligibility.max_age}
          onChange={(max_age) => set({ max_age })}
        />
        <NumberField
          path="eligibility.max_entries_per_person"
          label={t('organize.eligibility.entriesPerPerson')}
          min={1}
          max={20}
          value={eligibility.max_entries_per_person}
          onChange={(max_entries_per_person) => set({ max_entries_per_person })}
        />
      </div>
      <CheckboxField
        id={inputId('eligibility.teams')}
        label={t('organize.eligibility.teamsAllowed')}
        checked={teams !== null}
        onChange={(on) =>
          set({ teams: on ? { min_size: 2, max_size: 5, required: false, max_entries_per_team: 1 } : null })
        }
      />
      {teams && (
        <fieldset className="nested-group">
          <legend>{t('organize.eligibility.teams')}</legend>
          <div className="builder-limits">
            <NumberField
              path="eligibility.teams.min_size"
              label={t('organize.eligibility.minTeamSize')}
              min={1}
              max={50}
              value={teams.min_size}
              onChange={(min_size) => set({ teams: { ...teams, min_size } })}
            />
            <NumberField
              path="eligibility.teams.max_size"
              label={t('organize.eligibility.maxTeamSize')}
              min={1}
              max={50}
              value={teams.max_size}
              onChange={(max_size) => set({ teams: { ...teams, max_size } })}
            />
            <NumberField
              path="eligibility.teams.max_entries_per_team"
              label={t('organize.eligibility.entriesPerTeam')}
              min={1}
              max={20}
              value={teams.max_entries_per_team}
              onChange={(max_entries_per_team) => set({ teams: { ...teams, max_entries_per_team } })}
            />
          </div>
          <CheckboxField
            id={inputId('eligibility.teams.required')}
            label={t('organize.eligibility.teamsRequired')}
            checked={teams.required}
            onChange={(required) => set({ teams: { ...teams, required } })}
          />
        </fieldset>
      )}
      <div className="nested-group">
        <p className="field-hint">{t('organize.eligibility.guardianHint')}</p>
        {hasGuardianConsent ? (
          <p>{t('organize.eligibility.guardianPresent')}</p>
        ) : (
          <Button variant="secondary" className="button-small" onClick={onAddGuardianConsent}>
            {t('organize.eligibility.addGuardianConsent')}
          </Button>
        )}
      </div>
    </Fieldset>
  )
}
