/** What changed in one score, criterion by criterion, for the audit trail. */
export interface ValueChange {
  key: string
  from: string | null
  to: string | null
}

const shown = (value: unknown): string | null => (value === undefined || value === null ? null : String(value))

/**
 * The criteria whose value changed between the old and new sheet (every
 * criterion of a first save), in key order so rows read the same each time.
 */
export function describeValueChanges(oldValues: Record<string, unknown> | null | undefined, newValues: Record<string, unknown>): ValueChange[] {
  const before = oldValues ?? {}
  const keys = [...new Set([...Object.keys(before), ...Object.keys(newValues)])].sort()
  return keys
    .map((key) => ({ key, from: shown(before[key]), to: shown(newValues[key]) }))
    .filter((change) => change.from !== change.to)
}
