import type { ReactNode } from 'react'
import type { PublicWork } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { WorkFiles } from './work-files'

interface WorkCardProps {
  work: PublicWork
  headingLevel: 2 | 3
  /** Lines under the title: the place and credit of a winner. */
  children?: ReactNode
}

/** One published work: its title as a heading, what else is said about it, its files. */
export function WorkCard({ work, headingLevel, children }: WorkCardProps) {
  const { t } = useI18n()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const title = work.title?.trim() || t('work.untitled')
  const headingId = `work-${work.entry_id}`
  return (
    <article className="work-card" aria-labelledby={headingId}>
      <Heading id={headingId} className="work-card-title" tabIndex={-1}>
        {title}
      </Heading>
      {children}
      <WorkFiles files={work.files} title={title} />
    </article>
  )
}
