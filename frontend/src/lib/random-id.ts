/**
 * A random id for Idempotency-Key headers. crypto.randomUUID exists only in
 * secure contexts (https, localhost); getRandomValues works everywhere.
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}
