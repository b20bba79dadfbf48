/**
 * Where the organizer screens live. Every screen under /organize loads on
 * first use (see app/router.tsx): citizens never download them.
 */
export const ORGANIZE_PATH = '/organize'

export const organizePaths = {
  home: ORGANIZE_PATH,
  newContest: (organizationId: string) => `${ORGANIZE_PATH}/organizations/${organizationId}/contests/new`,
  contest: (contestId: string) => `${ORGANIZE_PATH}/contests/${contestId}`,
  entries: (contestId: string) => `${ORGANIZE_PATH}/contests/${contestId}/entries`,
  stages: (contestId: string) => `${ORGANIZE_PATH}/contests/${contestId}/stages`,
  stage: (stageId: string) => `${ORGANIZE_PATH}/stages/${stageId}`,
  stageResults: (stageId: string) => `${ORGANIZE_PATH}/stages/${stageId}/results`,
  awards: (contestId: string) => `${ORGANIZE_PATH}/contests/${contestId}/awards`,
  vote: (contestId: string) => `${ORGANIZE_PATH}/contests/${contestId}/vote`,
  announcement: (contestId: string) => `${ORGANIZE_PATH}/contests/${contestId}/announcement`,
} as const

export const TEAMS_PATH = '/me/teams'
export const teamPath = (teamId: string) => `/teams/${teamId}`
