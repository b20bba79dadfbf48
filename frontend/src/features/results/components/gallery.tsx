import { useEffect, useRef } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ApiError } from '../../../lib/api-client'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useGallery } from '../api/results'
import { WorkCard } from './work-card'

/**
 * Every published work of the contest, a page at a time. "Show more" moves
 * focus to the first work it added, so keyboard and screen-reader users go
 * on reading where the new works begin.
 */
export function Gallery({ contestId }: { contestId: string }) {
  const { t } = useI18n()
  const gallery = useGallery(contestId)
  const works = (gallery.data?.pages ?? []).flatMap((page) => page.items)
  const focusFrom = useRef<number | null>(null)

  useEffect(() => {
    const from = focusFrom.current
    if (from === null || works.length <= from) return
    focusFrom.current = null
    document.getElementById(`work-${works[from].entry_id}`)?.focus()
  }, [works])

  if (gallery.isError && !gallery.data) {
    const closed = gallery.error instanceof ApiError && gallery.error.status === 404
    return closed ? (
      <p>{t('gallery.closed')}</p>
    ) : (
      <ErrorAlert>
        <p>{errorMessage(gallery.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (gallery.isPending) return <p role="status">{t('app.loading')}</p>
  if (works.length === 0) return <p>{t('gallery.empty')}</p>

  return (
    <>
      <p role="status">{t('gallery.count', { count: works.length })}</p>
      <ul className="work-grid">
        {works.map((work) => (
          <li key={work.entry_id}>
            <WorkCard work={work} headingLevel={2} />
          </li>
        ))}
      </ul>
      {gallery.isFetchNextPageError && (
        <ErrorAlert>
          <p>{errorMessage(gallery.error, t)}</p>
        </ErrorAlert>
      )}
      {gallery.hasNextPage && (
        <Button
          variant="secondary"
          busy={gallery.isFetchingNextPage}
          onClick={() => {
            focusFrom.current = works.length
            void gallery.fetchNextPage()
          }}
        >
          {t('gallery.more')}
        </Button>
      )}
    </>
  )
}
