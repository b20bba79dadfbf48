export const votePath = (contestId: string) => `/contests/${encodeURIComponent(contestId)}/vote`
