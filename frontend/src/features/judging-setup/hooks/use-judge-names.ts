import { usePanel } from '../api/panel'

/** Judges' names by account id, from the panel (assignments carry only the id). */
export function useJudgeNames(stageId: string) {
  const panel = usePanel(stageId)
  const members = panel.data ?? []
  const names = new Map(members.filter((m) => m.user_id).map((m) => [m.user_id!, m.display_name ?? m.email]))
  const active = members.filter((m) => m.status === 'active' && m.user_id).map((m) => ({ id: m.user_id!, name: m.display_name ?? m.email }))
  return { nameOf: (id: string) => names.get(id) ?? id, active }
}
