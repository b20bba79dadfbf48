/**
 * Hand-written shapes of the API's JSON (placeholder: a later issue generates
 * these from /api/v1/openapi.json with openapi-typescript). Keep the names
 * identical to the server's fields.
 */

export type Locale = 'ko' | 'en'

/** RFC 9457 problem details, as every API error is answered. */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  code?: string
  errors?: FieldError[]
}

export interface FieldError {
  field: string
  code: string
  message: string
}

export type ConsentKind = 'terms' | 'privacy_collection' | 'marketing_email'

export interface LocalizedText {
  ko: string
  en: string
}

export interface ConsentDocument {
  kind: ConsentKind
  version: string
  required: boolean
  title: LocalizedText
  body: LocalizedText
}

export interface CurrentConsents {
  documents: ConsentDocument[]
}

export interface ConsentDecision {
  kind: ConsentKind
  version: string
  granted: boolean
}

export interface RegisterRequest {
  email: string
  password: string
  display_name: string
  locale: Locale
  birth_date: string
  consents: ConsentDecision[]
  guardian?: { name: string; email: string }
}

export interface Accepted {
  status: 'accepted'
}

export interface SignInRequest {
  email: string
  password: string
}

export interface TokenResponse {
  access_token: string
  token_type: 'Bearer'
  expires_in: number
}

export interface VerifyEmailRequest {
  token: string
}

export interface PasswordResetRequest {
  email: string
}

export interface PasswordResetConfirm {
  token: string
  new_password: string
}

export type Restriction = 'email_unverified' | 'guardian_consent_pending' | (string & {})

export interface Me {
  id: string
  email: string
  display_name: string
  locale: Locale
  birth_date: string
  email_verified: boolean
  is_admin: boolean
  restrictions: Restriction[]
  created_at: string
}

export interface GuardianConsentRequest {
  child_display_name: string
  guardian_name: string
  documents: ConsentDocument[]
}

export interface GuardianConsentDecision {
  consent: true
}
