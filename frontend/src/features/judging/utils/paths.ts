/** The judging screens' URLs (the server's invitation mail links to /judging). */
export const JUDGING_PATH = '/judging'

export const stagePath = (stageId: string) => `/judging/stages/${encodeURIComponent(stageId)}`

export const assignmentPath = (stageId: string, assignmentId: string) =>
  `${stagePath(stageId)}/assignments/${encodeURIComponent(assignmentId)}`
