import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { organizePaths } from '../../organize/utils/paths'
import type { EntryName } from '../hooks/use-entry-name'

/** The entry's receipt number, linked to it in the screening list, and its title. */
export function EntryLabel({ entryId, contest, name }: { entryId: string; contest: ContestView; name: EntryName }) {
  return (
    <>
      <Link href={`${organizePaths.entries(contest.id)}?entry=${encodeURIComponent(entryId)}`}>{name.receipt}</Link>
      {name.title && <span className="screening-flag">{name.title}</span>}
    </>
  )
}
