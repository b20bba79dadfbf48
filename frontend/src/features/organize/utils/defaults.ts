/** The API's default zone for a contest (src/routes/contests.rs); the editor changes it. */
export const DEFAULT_TIME_ZONE = 'Asia/Seoul'
