import type { ConsentKind } from '../../../lib/api/types'

/** The checkbox id of a consent document, for labels and error-summary links. */
export const consentCheckboxId = (kind: ConsentKind) => `consent-${kind}`
