import { useQuery } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'

export const certificateKeys = {
  detail: (code: string) => ['certificates', code] as const,
}

export const getCertificate = (code: string) =>
  unwrap(client.GET('/api/v1/certificates/{code}', { params: { path: { code } } }))

/** What the certificate with this code certifies; a 404 means no certificate has it. */
export function useCertificate(code: string) {
  return useQuery({ queryKey: certificateKeys.detail(code), queryFn: () => getCertificate(code), enabled: code !== '' })
}

/** The certificate's PDF is public by its code: a plain link downloads it. */
export const certificatePdfUrl = (code: string) => `/api/v1/certificates/${encodeURIComponent(code)}/pdf`

/** The page that verifies a code. */
export const certificatePath = (code: string) => `/certificates/${encodeURIComponent(code)}`
