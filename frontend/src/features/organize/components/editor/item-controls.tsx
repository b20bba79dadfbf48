import { Button } from '../../../../components/ui/button'
import { useI18n } from '../../../../lib/i18n'

interface ItemControlsProps {
  /** Prefix of the buttons' ids (`-up`, `-down`, `-remove`), for moving focus after a move. */
  idBase?: string
  /** What the buttons act on, read with each button ("Move “Title” up"). */
  name: string
  index: number
  count: number
  onMove: (by: number) => void
  onRemove: () => void
  disabled?: boolean
}

/**
 * Move up, move down and remove for one item of a list (a form field, an
 * option, a file slot, a category). Each button names its item, so a
 * screen-reader user hears which one it moves.
 */
export function ItemControls({ idBase, name, index, count, onMove, onRemove, disabled }: ItemControlsProps) {
  const { t } = useI18n()
  return (
    <div className="item-controls">
      <Button
        variant="secondary"
        className="button-small"
        id={idBase && `${idBase}-up`}
        disabled={disabled || index === 0}
        onClick={() => onMove(-1)}
      >
        {t('organize.list.moveUp', { name })}
      </Button>
      <Button
        variant="secondary"
        className="button-small"
        id={idBase && `${idBase}-down`}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(1)}
      >
        {t('organize.list.moveDown', { name })}
      </Button>
      <Button id={idBase && `${idBase}-remove`} variant="secondary" className="button-small" disabled={disabled} onClick={onRemove}>
        {t('organize.list.remove', { name })}
      </Button>
    </div>
  )
}

