import { formatCount } from '@shared/format/money'

/** The tables people think in, in the order they think of them; the rest (indexes, drafts, history) are bookkeeping. */
export const countedTables: { table: string; label: string }[] = [
  { table: 'playbooks', label: 'Playbooks' },
  { table: 'runs', label: 'Playbook runs' },
  { table: 'tools', label: 'Tools' },
  { table: 'feedback', label: 'Feedback items' },
  { table: 'themes', label: 'Themes' },
  { table: 'people', label: 'People' },
  { table: 'metrics', label: 'Metrics' }
]

/** "12 playbooks · 40 tools · 1,204 feedback items", naming only what is there. */
export function summariseCounts(counts: Record<string, number>): string {
  const parts = countedTables.filter(({ table }) => (counts[table] ?? 0) > 0).map(({ table, label }) => `${formatCount(counts[table] ?? 0)} ${label.toLowerCase()}`)
  return parts.length > 0 ? parts.join(' · ') : 'empty'
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toLocaleString(undefined, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`
}

export const reasonLabel: Record<string, string> = {
  manual: 'Backed up by you',
  scheduled: 'Automatic',
  quit: 'On quit',
  'before-restore': 'Before a restore',
  'before-merge': 'Before a merge',
  'before-import': 'Before a large import',
  'before-delete': 'Before Delete everything',
  export: 'Export'
}
