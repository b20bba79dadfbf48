import { client, unwrap } from '../../../lib/api-client'

export const getCurrentConsents = () => unwrap(client.GET('/api/v1/consents/current'))

export const getGuardianConsentRequest = (token: string) =>
  unwrap(client.GET('/api/v1/guardian-consents/{token}', { params: { path: { token } } }))

export const giveGuardianConsent = (token: string) =>
  unwrap(client.POST('/api/v1/guardian-consents/{token}', { params: { path: { token } }, body: { consent: true } }))
