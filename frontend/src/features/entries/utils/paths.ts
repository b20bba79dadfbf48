/** The entry form's URL: a new entry, or (with its id) one already on the server. */
export const entryPath = (contestId: string, entryId?: string) =>
  `/contests/${encodeURIComponent(contestId)}/entry${entryId ? `?entry=${encodeURIComponent(entryId)}` : ''}`
