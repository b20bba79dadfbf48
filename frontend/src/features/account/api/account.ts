import { api } from '../../../lib/api-client'
import type { Me } from '../../../lib/api-types'

export const getMe = () => api.get<Me>('/api/v1/me')

/** Everything the server holds about the signed-in user (개인정보 열람권), as JSON. */
export const exportMyData = () => api.get<unknown>('/api/v1/me/export')
