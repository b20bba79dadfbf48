import { ServerHtml } from '../../../components/ui/server-html'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { formatBytes, kindNames } from '../../entries/utils/files'
import { ContestTeams } from '../../teams/components/contest-teams'
import { contestCoverUrl } from '../api/contests'
import { kindLabel, stateLabel } from '../utils/labels'
import { ContestSchedule } from './contest-schedule'
import { EligibilityList } from './eligibility-list'

/** Everything a citizen reads before entering, in reading order. The page's <h1> is the title. */
export function ContestDetails({ contest }: { contest: ContestView }) {
  const { language, t, text } = useI18n()
  const slots = contest.form.file_slots ?? []
  return (
    <div className="contest">
      <p className="contest-card-meta">
        <span className="badge">{kindLabel(contest.kind, t)}</span>{' '}
        <span className={`badge badge-state-${contest.state}`}>{stateLabel(contest.state, t)}</span>
      </p>
      <p className="lead">{text(contest.summary)}</p>
      {/* Decorative: the title and summary above say what the contest is. */}
      {contest.has_cover && <img className="cover" src={contestCoverUrl(contest.id)} alt="" />}

      <ContestSchedule contest={contest} />

      <section aria-labelledby="about-title">
        <h2 id="about-title">{t('contest.about')}</h2>
        {contest.theme && (
          <p>
            <strong>{t('contest.theme')}:</strong> {contest.theme}
          </p>
        )}
        <ServerHtml html={text(contest.description_html)} />
      </section>

      {contest.prizes && (
        <section aria-labelledby="prizes-title">
          <h2 id="prizes-title">{t('contest.prizes')}</h2>
          <p className="preserve-lines">{contest.prizes}</p>
        </section>
      )}

      <section aria-labelledby="hosts-title">
        <h2 id="hosts-title">{t('contest.hosts')}</h2>
        <dl className="facts">
          <dt>{t('contest.organizer')}</dt>
          <dd>{text(contest.organizer)}</dd>
          {contest.co_hosts.length > 0 && (
            <>
              <dt>{t('contest.coHosts')}</dt>
              <dd>{contest.co_hosts.join(', ')}</dd>
            </>
          )}
          {contest.contact && (
            <>
              <dt>{t('contest.contact')}</dt>
              <dd>{contest.contact}</dd>
            </>
          )}
        </dl>
      </section>

      {contest.categories.length > 0 && (
        <section aria-labelledby="categories-title">
          <h2 id="categories-title">{t('contest.categories')}</h2>
          <ul>
            {contest.categories.map((c) => (
              <li key={c.key}>{text(c.label)}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="eligibility-title">
        <h2 id="eligibility-title">{t('contest.eligibility')}</h2>
        <EligibilityList eligibility={contest.eligibility} />
      </section>

      <ContestTeams contest={contest} />

      {slots.length > 0 && (
        <section aria-labelledby="files-title">
          <h2 id="files-title">{t('contest.files')}</h2>
          <ul>
            {slots.map((slot) => (
              <li key={slot.key}>
                {text(slot.label)}: {t('files.acceptHint', { types: kindNames(slot.accept), size: formatBytes(slot.max_bytes, language) })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('contest.rules')}</h2>
        <ServerHtml html={text(contest.rules_html)} />
      </section>
    </div>
  )
}
