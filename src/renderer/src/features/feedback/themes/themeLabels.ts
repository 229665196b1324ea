import type { Importance, ThemeStatus } from '@shared/domain/feedback/feedback'

export const themeStatusLabel: Record<ThemeStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  'in-progress': 'In progress',
  shipped: 'Shipped',
  'wont-do': "Won't do"
}

export const themeStatusColor: Record<ThemeStatus, string> = { idea: 'gray', planned: 'blue', 'in-progress': 'violet', shipped: 'teal', 'wont-do': 'red' }

export const importanceLabel: Record<Importance, string> = { 'nice-to-have': 'Nice to have', important: 'Important', critical: 'Critical' }
