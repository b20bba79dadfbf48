import { useState } from 'react'
import { Button } from '../../../components/ui/button'
import { useI18n } from '../../../lib/i18n'
import { useAuth } from '../hooks/use-auth'

export function SignOutButton() {
  const { t } = useI18n()
  const { signOut } = useAuth()
  const [busy, setBusy] = useState(false)
  return (
    <Button
      variant="secondary"
      busy={busy}
      onClick={() => {
        setBusy(true)
        void signOut()
      }}
    >
      {busy ? t('auth.signingOut') : t('auth.signOut')}
    </Button>
  )
}
