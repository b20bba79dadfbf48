import type { ContestView } from '../../../lib/api/types'
import { ContestCard } from './contest-card'

export function ContestList({ contests, headingLevel }: { contests: ContestView[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="contest-list">
      {contests.map((contest) => (
        <li key={contest.id}>
          <ContestCard contest={contest} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
