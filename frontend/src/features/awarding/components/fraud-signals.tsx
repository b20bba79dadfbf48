import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone, isoInstant } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useSignals, type VoteFilter } from '../api/ballot'

/**
 * Patterns worth a look — bursts of votes from new accounts, many voters
 * on one network, votes cast just after signing up — presented as leads
 * for the organizer to review, never as verdicts: each can have an
 * innocent explanation. Each lead opens the votes it concerns.
 */
export function FraudSignals({ contest, onShowVotes }: { contest: ContestView; onShowVotes: (filter: VoteFilter) => void }) {
  const { t, language } = useI18n()
  const signals = useSignals(contest.id, true)
  const time = (at: string) => (
    <time dateTime={isoInstant(at)}>{formatDateTimeInZone(at, contest.time_zone, language)}</time>
  )

  let body
  if (signals.isError) {
    body = (
      <ErrorAlert>
        <p>{errorMessage(signals.error, t)}</p>
      </ErrorAlert>
    )
  } else if (!signals.data) body = <p role="status">{t('app.loading')}</p>
  else {
    const { bursts, shared_networks: networks, fresh_accounts: fresh } = signals.data
    body = (
      <>
        {bursts.length + networks.length + fresh.length === 0 && <p>{t('awarding.signals.noneAtAll')}</p>}
        <h3>{t('awarding.signals.burstsTitle')}</h3>
        <p className="field-hint">{t('awarding.signals.burstsHint')}</p>
        {bursts.length === 0 ? (
          <p>{t('awarding.signals.none')}</p>
        ) : (
          <ul className="signal-list">
            {bursts.map((burst) => (
              <li key={`${burst.from}-${burst.to}`}>
                {t('awarding.signals.burst', { votes: burst.votes })} {time(burst.from)}
                {' – '}
                {time(burst.to)}
              </li>
            ))}
          </ul>
        )}

        <h3>{t('awarding.signals.networksTitle')}</h3>
        <p className="field-hint">{t('awarding.signals.networksHint')}</p>
        {networks.length === 0 ? (
          <p>{t('awarding.signals.none')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('awarding.signals.network')}</th>
                  <th scope="col">{t('awarding.signals.voters')}</th>
                  <th scope="col">{t('awarding.signals.votes')}</th>
                  <th scope="col">{t('awarding.signals.review')}</th>
                </tr>
              </thead>
              <tbody>
                {networks.map((network) => (
                  <tr key={network.network}>
                    <th scope="row">
                      <code>{network.network}</code>
                    </th>
                    <td>{network.voters}</td>
                    <td>{network.votes}</td>
                    <td>
                      <Button
                        variant="secondary"
                        className="button-small"
                        aria-label={t('awarding.signals.showNetworkNamed', { network: network.network })}
                        onClick={() => onShowVotes({ network: network.network })}
                      >
                        {t('awarding.signals.showVotes')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <h3>{t('awarding.signals.freshTitle')}</h3>
        <p className="field-hint">{t('awarding.signals.freshHint')}</p>
        {fresh.length === 0 ? (
          <p>{t('awarding.signals.none')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('awarding.signals.voter')}</th>
                  <th scope="col">{t('awarding.signals.minutes')}</th>
                  <th scope="col">{t('awarding.signals.review')}</th>
                </tr>
              </thead>
              <tbody>
                {fresh.map((vote) => (
                  <tr key={vote.vote_id}>
                    <th scope="row">
                      <code>{vote.voter_id}</code>
                    </th>
                    <td>{t('awarding.signals.minutesAfter', { minutes: vote.minutes_after_signup })}</td>
                    <td>
                      <Button
                        variant="secondary"
                        className="button-small"
                        aria-label={t('awarding.signals.showVoterNamed', { voter: vote.voter_id })}
                        onClick={() => onShowVotes({ voterId: vote.voter_id })}
                      >
                        {t('awarding.signals.showVotes')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    )
  }

  return (
    <section aria-labelledby="signals-title" className="awarding-section">
      <h2 id="signals-title">{t('awarding.signals.title')}</h2>
      <p className="notice">{t('awarding.signals.intro')}</p>
      {body}
    </section>
  )
}
