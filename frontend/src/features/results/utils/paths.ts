const contestPath = (contestId: string) => `/contests/${encodeURIComponent(contestId)}`

export const resultsPath = (contestId: string) => `${contestPath(contestId)}/results`
export const galleryPath = (contestId: string) => `${contestPath(contestId)}/gallery`
