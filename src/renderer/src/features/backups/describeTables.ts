import { formatCount } from '@shared/format/money'

/** The tables people think in, in the order they think of them; the rest (indexes, drafts, history) are bookkeeping. */
export const countedTables: { table: string; label: string; one: string; many: string }[] = [
  { table: 'playbooks', label: 'Playbooks', one: 'playbook', many: 'playbooks' },
  { table: 'runs', label: 'Playbook runs', one: 'run', many: 'runs' },
  { table: 'tools', label: 'Tools', one: 'tool', many: 'tools' },
  { table: 'feedback', label: 'Feedback items', one: 'feedback item', many: 'feedback items' },
  { table: 'themes', label: 'Themes', one: 'theme', many: 'themes' },
  { table: 'people', label: 'People', one: 'person', many: 'people' },
  { table: 'metrics', label: 'Metrics', one: 'metric', many: 'metrics' }
]

/** "12 playbooks · 40 tools · 1,204 feedback items", naming only what is there. */
export function summariseCounts(counts: Record<string, number>): string {
  const parts = countedTables
    .filter(({ table }) => (counts[table] ?? 0) > 0)
    .map(({ table, one, many }) => `${formatCount(counts[table] ?? 0)} ${counts[table] === 1 ? one : many}`)
  return parts.length > 0 ? parts.join(' · ') : 'empty'
}

export { formatBytes } from '@shared/format/bytes'

export const reasonLabel: Record<string, string> = {
  manual: 'Backed up by you',
  scheduled: 'Automatic',
  quit: 'On quit',
  'before-restore': 'Before a restore',
  'before-merge': 'Before a merge',
  'before-import': 'Before a large import',
  'before-delete': 'Before Delete everything',
  'before-upgrade': 'Before an update of the database',
  export: 'Export'
}
