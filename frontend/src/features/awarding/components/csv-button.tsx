import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useCsvDownload, type CsvExport } from '../api/csv'

/** Downloads one of the contest's CSV exports with the organizer's token. */
export function CsvButton({ contestId, which, label }: { contestId: string; which: CsvExport; label: string }) {
  const { t } = useI18n()
  const download = useCsvDownload(contestId, which)
  return (
    <>
      <Button variant="secondary" busy={download.isPending} onClick={() => download.mutate()}>
        {label}
      </Button>
      {download.isError && (
        <ErrorAlert>
          <p>{errorMessage(download.error, t)}</p>
        </ErrorAlert>
      )}
    </>
  )
}
