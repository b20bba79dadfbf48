import { useI18n } from '../../../lib/i18n'
import { SCORING_SHORTCUTS } from '../utils/labels'

/** A disclosure button and the table of shortcuts it shows ("?" toggles it too, Escape closes it). */
export function ShortcutHelp({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useI18n()
  return (
    <div className="shortcut-help">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={open}
        aria-controls="shortcut-table"
        aria-keyshortcuts="?"
        onClick={onToggle}
      >
        {t('judging.shortcuts.toggle')}
      </button>
      <div id="shortcut-table" hidden={!open} className="panel shortcut-panel">
        <table>
          <caption>{t('judging.shortcuts.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('judging.shortcuts.key')}</th>
              <th scope="col">{t('judging.shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {SCORING_SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <td>
                  {shortcut.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' / '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{t(shortcut.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
