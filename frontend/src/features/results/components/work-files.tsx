import { useState } from 'react'
import type { PublicFile } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { workFileUrl, workThumbnailUrl } from '../api/results'

/**
 * A published work's files: each image by its thumbnail, linking to the full
 * size; an SVG as itself (it has no thumbnail and scales); a PDF as a link.
 * The image is the link's content, so its alt text names where it goes.
 */
export function WorkFiles({ files, title }: { files: PublicFile[]; title: string }) {
  const { t } = useI18n()
  if (files.length === 0) return null
  return (
    <ul className="work-files">
      {files.map((file, i) => {
        const name = files.length > 1 ? t('work.fileNumbered', { title, number: i + 1 }) : title
        const href = workFileUrl(file.id)
        return (
          <li key={file.id}>
            <a href={href}>
              {file.kind === 'pdf' ? t('work.openPdf', { name }) : <WorkImage file={file} alt={t('work.openImage', { name })} />}
            </a>
          </li>
        )
      })}
    </ul>
  )
}

/**
 * The thumbnail, or the image itself when there is none. The published
 * results are frozen at publication, so their `thumbnail_ready` can be stale
 * (a thumbnail made afterwards): the thumbnail is always tried first.
 */
function WorkImage({ file, alt }: { file: PublicFile; alt: string }) {
  const [failed, setFailed] = useState(false)
  const src = file.kind === 'svg' || failed ? workFileUrl(file.id) : workThumbnailUrl(file.id)
  return <img src={src} alt={alt} className="work-image" loading="lazy" onError={() => setFailed(true)} />
}
