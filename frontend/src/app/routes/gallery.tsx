import { Link } from '../../components/ui/link'
import { Gallery } from '../../features/results/components/gallery'
import { resultsPath } from '../../features/results/utils/paths'
import { useI18n } from '../../lib/i18n'
import { ContestSubpage } from './contest-page'

export function GalleryRoute() {
  const { t } = useI18n()
  return (
    <ContestSubpage title={(contest) => t('gallery.title', { contest })}>
      {(contest) => (
        <>
          <p>
            <Link href={resultsPath(contest.id)}>{t('gallery.toResults')}</Link>
          </p>
          <Gallery contestId={contest.id} />
        </>
      )}
    </ContestSubpage>
  )
}
