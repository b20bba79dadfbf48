import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { useBallot } from '../api/voting'
import { votePath } from '../utils/paths'

/** On the contest page, when the contest has a public vote: the way to it, saying whether it is open. */
export function VoteLink({ contest }: { contest: ContestView }) {
  const { t } = useI18n()
  const ballot = useBallot(contest.id)
  const b = ballot.data
  if (!b) return null
  const open = b.state === 'open'
  return (
    <p className="contest-link">
      <Link href={votePath(contest.id)} className={open ? 'button button-primary' : undefined}>
        {t(open ? 'contest.voteOpen' : 'contest.vote')}
      </Link>
    </p>
  )
}
