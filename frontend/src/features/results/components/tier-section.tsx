import type { PublishedTier } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { WorkCard } from './work-card'

/** One award tier: its name, prize and winners in order, each with their work and how they are credited. */
export function TierSection({ tier }: { tier: PublishedTier }) {
  const { t, text } = useI18n()
  const headingId = `tier-${tier.key}`
  return (
    <section aria-labelledby={headingId} className="tier">
      <h2 id={headingId}>{text(tier.label)}</h2>
      {(tier.peoples_choice || tier.prize) && (
        <p className="tier-meta">
          {tier.peoples_choice && <span className="badge badge-peoples-choice">{t('results.peoplesChoice')}</span>}
          {tier.peoples_choice && tier.prize && ' '}
          {tier.prize && <span>{t('results.prize', { prize: tier.prize })}</span>}
        </p>
      )}
      {tier.winners.length === 0 ? (
        <p>{t('results.noWinners')}</p>
      ) : (
        <ol className="work-grid">
          {tier.winners.map((winner) => (
            <li key={winner.work.entry_id}>
              <WorkCard work={winner.work} headingLevel={3}>
                <p className="work-meta">
                  <span>{t('results.place', { place: winner.place })}</span>
                  {' · '}
                  {winner.credit ? (
                    <span>{t('results.creditedTo', { name: winner.credit })}</span>
                  ) : (
                    <span className="work-anonymous">{t('results.notNamed')}</span>
                  )}
                </p>
              </WorkCard>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
