import type { StageView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'

/** "1. 서류 심사": the position says the order stages run in. */
export function useStageName() {
  const { t, text } = useI18n()
  return (stage: Pick<StageView, 'position' | 'name'>) => t('judgingSetup.stageName', { position: stage.position, name: text(stage.name) })
}
