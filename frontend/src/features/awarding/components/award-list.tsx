import { useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useProposeAwards } from '../api/awards'
import { useTally } from '../api/ballot'
import { useFinalStandings } from '../api/standings'
import { useEntryNames } from '../hooks/use-entry-names'
import type { AwardView, Tier } from '../api/types'
import { formatScore, placesOf, type Standing } from '../utils/standings'
import { CsvButton } from './csv-button'
import { OverrideForm } from './override-form'

/**
 * The awards by tier and place: who holds each place (entry, entrant, rank
 * and score in the final ranking), whether an organizer changed it and
 * why; proposing from the final ranking, and changing a place.
 */
export function AwardList({
  contest,
  tiers,
  awards,
  published,
}: {
  contest: ContestView
  tiers: Tier[]
  awards: AwardView[]
  published: boolean
}) {
  const { t, text } = useI18n()
  const final = useFinalStandings(contest.id)
  // Only the awarded entries are named here; the form that changes a place reads its own candidates.
  const {
    entries,
    label: entryLabel,
    withEntrant,
    error: namesError,
  } = useEntryNames(
    contest,
    awards.map((award) => award.entry_id),
  )
  const [editing, setEditing] = useState<{ tier: string; place: number } | null>(null)
  // A people's-choice tier is decided by the public vote: its places show votes, not the jury's score.
  const tally = useTally(contest.id, tiers.some((tier) => tier.peoples_choice))
  const votesFor = (entryId: string) => tally.data?.entries.find((e) => e.entry_id === entryId)?.votes ?? 0

  return (
    <section aria-labelledby="awards-title" className="awarding-section">
      <h2 id="awards-title">{t('awarding.awards.title')}</h2>
      <FinalStageNote stageName={final.stage ? text(final.stage.name) : null} pending={final.isPending} />
      {final.error && (
        <ErrorAlert>
          <p>{errorMessage(final.error, t)}</p>
        </ErrorAlert>
      )}
      {namesError && (
        <ErrorAlert>
          <p>{t('awarding.awards.entriesFailed', { reason: errorMessage(namesError, t) })}</p>
        </ErrorAlert>
      )}
      {!published && tiers.length > 0 && <ProposeButton contestId={contest.id} awardCount={awards.length} entryLabel={entryLabel} tiers={tiers} />}
      {tiers.length === 0 ? (
        <p>{t('awarding.awards.noTiers')}</p>
      ) : (
        tiers.map((tier) => {
          const tierName = text(tier.label)
          const headingId = `award-tier-${tier.key}`
          const open = editing?.tier === tier.key ? editing.place : null
          const current = open !== null ? (awards.find((a) => a.tier === tier.key && a.place === open) ?? null) : null
          return (
            <section key={tier.key} aria-labelledby={headingId} className="award-tier">
              <h3 id={headingId}>{tierName}</h3>
              <p className="tier-meta">
                {tier.peoples_choice && <span className="badge badge-peoples-choice">{t('awarding.tiers.peoplesChoiceBadge')}</span>}{' '}
                <span>{t('awarding.awards.places', { count: tier.count })}</span>
                {tier.prize && <span>{` · ${t('awarding.awards.prize', { prize: tier.prize })}`}</span>}
              </p>
              <div className="table-scroll">
                <table>
                  <caption className="visually-hidden">{t('awarding.awards.caption', { tier: tierName })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('awarding.awards.place')}</th>
                      <th scope="col">{t('awarding.awards.entry')}</th>
                      <th scope="col">{t('awarding.awards.entrant')}</th>
                      <th scope="col">{t('awarding.awards.score')}</th>
                      <th scope="col">{t('awarding.awards.decided')}</th>
                      {!published && <th scope="col">{t('awarding.awards.action')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {placesOf(tier, awards).map(({ place, award }) => (
                      <tr key={place}>
                        <th scope="row">{t('awarding.awards.placeNumber', { place })}</th>
                        <td>{award ? entryLabel(award.entry_id) : <span className="aside">{t('awarding.awards.empty')}</span>}</td>
                        <td>{award ? (entries.get(award.entry_id)?.entrant ?? '') : ''}</td>
                        <td>
                          {award &&
                            (tier.peoples_choice ? (
                              t('awarding.awards.votes', { votes: votesFor(award.entry_id) })
                            ) : (
                              <ScoreCell standing={final.standings.get(award.entry_id)} />
                            ))}
                        </td>
                        <td>{award && <Origin award={award} />}</td>
                        {!published && (
                          <td>
                            <Button
                              variant="secondary"
                              className="button-small"
                              aria-expanded={open === place}
                              aria-label={t('awarding.awards.changeNamed', { tier: tierName, place })}
                              onClick={() => setEditing(open === place ? null : { tier: tier.key, place })}
                            >
                              {t('awarding.awards.change')}
                            </Button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {open !== null && !published && (
                <OverrideForm
                  key={`${tier.key}-${open}`}
                  contest={contest}
                  tier={tier.key}
                  tierName={tierName}
                  place={open}
                  current={current}
                  standings={final.standings}
                  rankingKnown={!final.isPending}
                  currentLabel={current ? withEntrant(current.entry_id) : ''}
                  onDone={() => setEditing(null)}
                />
              )}
            </section>
          )
        })
      )}
      {awards.length > 0 && (
        <div className="actions">
          <CsvButton contestId={contest.id} which="awards" label={t('awarding.awards.csv')} />
        </div>
      )}
    </section>
  )
}

function FinalStageNote({ stageName, pending }: { stageName: string | null; pending: boolean }) {
  const { t } = useI18n()
  if (pending) return null
  return <p>{stageName ? t('awarding.awards.fromStage', { stage: stageName }) : t('awarding.awards.noClosedStage')}</p>
}

function ScoreCell({ standing }: { standing: Standing | undefined }) {
  const { t, language } = useI18n()
  if (!standing || standing.rank === null) return <span className="aside">{t('awarding.awards.unranked')}</span>
  const score = standing.score === null ? null : formatScore(standing.score, language)
  if (score === null) return <>{t('awarding.awards.rank', { rank: standing.rank })}</>
  return (
    <>
      {t(standing.mode === 'pairwise' ? 'awarding.awards.rankAndMu' : 'awarding.awards.rankAndScore', {
        rank: standing.rank,
        score,
      })}
    </>
  )
}

function Origin({ award }: { award: AwardView }) {
  const { t } = useI18n()
  if (award.origin !== 'override') return <>{t('awarding.awards.proposed')}</>
  return (
    <>
      <span className="badge badge-override">{t('awarding.awards.overridden')}</span>{' '}
      <span>{t('awarding.awards.reason', { reason: award.reason ?? '' })}</span>
    </>
  )
}

/**
 * Proposing replaces every award given so far, overrides included: with
 * awards already given, a second step confirms it.
 */
function ProposeButton({
  contestId,
  awardCount,
  tiers,
  entryLabel,
}: {
  contestId: string
  awardCount: number
  tiers: Tier[]
  entryLabel: (entryId: string) => string
}) {
  const { t, text } = useI18n()
  const propose = useProposeAwards(contestId)
  const [confirming, setConfirming] = useState(false)
  const tierName = (key: string) => {
    const tier = tiers.find((x) => x.key === key)
    return tier ? text(tier.label) : key
  }
  const run = () => {
    setConfirming(false)
    propose.mutate()
  }

  return (
    <div className="panel">
      <p>{t('awarding.propose.intro')}</p>
      {confirming ? (
        <div role="group" aria-labelledby="propose-confirm">
          <p id="propose-confirm" className="notice">
            {t('awarding.propose.confirm', { count: awardCount })}
          </p>
          <div className="actions">
            <Button busy={propose.isPending} onClick={run}>
              {t('awarding.propose.confirmYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('awarding.propose.confirmNo')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button busy={propose.isPending} onClick={() => (awardCount > 0 ? setConfirming(true) : run())}>
            {t(awardCount > 0 ? 'awarding.propose.again' : 'awarding.propose.button')}
          </Button>
        </div>
      )}
      {propose.isError && (
        <ErrorAlert>
          <p>{errorMessage(propose.error, t)}</p>
          <p>{t('awarding.propose.failedHint')}</p>
        </ErrorAlert>
      )}
      {propose.isSuccess && (
        <StatusMessage>
          <p>{t('awarding.propose.done', { count: propose.data.awards.length })}</p>
          {propose.data.tied_across_boundary.length > 0 && (
            <>
              <p>{t('awarding.propose.ties')}</p>
              <ul>
                {propose.data.tied_across_boundary.map((p) => (
                  <li key={`${p.tier}-${p.place}`}>
                    {t('awarding.propose.tie', { tier: tierName(p.tier), place: p.place, entry: entryLabel(p.entry_id) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </StatusMessage>
      )}
    </div>
  )
}
