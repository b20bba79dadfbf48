import { useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { errorMessage } from '../../../lib/problem-messages'
import type { Me } from '../../../lib/api/types'
import { useI18n, type MessageKey } from '../../../lib/i18n'
import { useRequestOnce } from '../../../lib/use-request'
import { exportMyData, getMe } from '../api/account'
import { downloadJson } from '../../../lib/download'

const KNOWN_RESTRICTIONS: Record<string, MessageKey> = {
  email_unverified: 'me.restriction.email_unverified',
  guardian_consent_pending: 'me.restriction.guardian_consent_pending',
}

/** The signed-in user's own record, fetched fresh, with the data export. */
export function AccountDetails() {
  const { t } = useI18n()
  const me = useRequestOnce('me', getMe)

  if (me.status === 'error') {
    return (
      <ErrorAlert>
        <p>{errorMessage(me.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (me.status !== 'success') return <p role="status">{t('app.loading')}</p>
  return <AccountView me={me.data} />
}

function AccountView({ me }: { me: Me }) {
  const { t } = useI18n()
  return (
    <>
      <dl className="details">
        <dt>{t('me.email')}</dt>
        <dd>{me.email}</dd>
        <dt>{t('me.emailVerified')}</dt>
        <dd>{me.email_verified ? t('me.yes') : t('me.no')}</dd>
        <dt>{t('me.displayName')}</dt>
        <dd>{me.display_name}</dd>
        <dt>{t('me.locale')}</dt>
        <dd>{t(me.locale === 'en' ? 'locale.en' : 'locale.ko')}</dd>
        <dt>{t('me.birthDate')}</dt>
        <dd>{me.birth_date}</dd>
        <dt>{t('me.restrictions')}</dt>
        <dd>
          {me.restrictions.length === 0 ? (
            t('me.noRestrictions')
          ) : (
            <ul>
              {me.restrictions.map((restriction) => (
                <li key={restriction}>
                  {restriction in KNOWN_RESTRICTIONS ? t(KNOWN_RESTRICTIONS[restriction]) : restriction}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <ExportButton />
    </>
  )
}

function ExportButton() {
  const { t } = useI18n()
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false })

  const exportData = async () => {
    setState({ busy: true })
    try {
      const data = await exportMyData()
      downloadJson(data, `modu-my-data-${new Date().toISOString().slice(0, 10)}.json`)
      setState({ busy: false })
    } catch (error) {
      setState({ busy: false, error: errorMessage(error, t) })
    }
  }

  return (
    <section aria-labelledby="export-title" className="export">
      <h2 id="export-title">{t('me.export')}</h2>
      <p id="export-hint">{t('me.exportHint')}</p>
      {state.error && (
        <ErrorAlert>
          <p>{state.error}</p>
        </ErrorAlert>
      )}
      <Button variant="secondary" busy={state.busy} aria-describedby="export-hint" onClick={exportData}>
        {state.busy ? t('me.exporting') : t('me.export')}
      </Button>
    </section>
  )
}
