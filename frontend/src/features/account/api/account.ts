import { client, unwrap } from '../../../lib/api-client'

export { getMe } from '../../auth/api/auth'

/** Everything the server holds about the signed-in user (개인정보 열람권), as JSON. */
export const exportMyData = () => unwrap(client.GET('/api/v1/me/export'))
