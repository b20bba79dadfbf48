import { CONTEST_KINDS, CONTEST_STATES, type ContestKind, type ContestState } from '../../../lib/api/types'
import type { Translate } from '../../../lib/i18n'

const isKind = (kind: string): kind is ContestKind => (CONTEST_KINDS as readonly string[]).includes(kind)
const isState = (state: string): state is ContestState => (CONTEST_STATES as readonly string[]).includes(state)

/** The kind's name; an unknown kind (a newer server) is shown as sent. */
export const kindLabel = (kind: string, t: Translate) => (isKind(kind) ? t(`kind.${kind}`) : kind)

export const stateLabel = (state: string, t: Translate) => (isState(state) ? t(`state.${state}`) : state)

export function parseKind(value: string | null): ContestKind | undefined {
  return value !== null && isKind(value) ? value : undefined
}

export function parseState(value: string | null): ContestState | undefined {
  return value !== null && isState(value) ? value : undefined
}
