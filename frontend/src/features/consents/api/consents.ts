import { api } from '../../../lib/api-client'
import type { CurrentConsents, GuardianConsentDecision, GuardianConsentRequest } from '../../../lib/api-types'

export const getCurrentConsents = () =>
  api.get<CurrentConsents>('/api/v1/consents/current', { auth: false })

const guardianPath = (token: string) => `/api/v1/guardian-consents/${encodeURIComponent(token)}`

export const getGuardianConsentRequest = (token: string) =>
  api.get<GuardianConsentRequest>(guardianPath(token), { auth: false })

export const giveGuardianConsent = (token: string) =>
  api.post<unknown>(guardianPath(token), { consent: true } satisfies GuardianConsentDecision, { auth: false })
