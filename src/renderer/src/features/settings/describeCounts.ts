import { formatCount } from '@shared/format/money'
import type { WorkspaceCounts } from '../../db/workspace'

const nouns: [keyof WorkspaceCounts, string, string][] = [
  ['playbooks', 'playbook', 'playbooks'],
  ['tools', 'tool', 'tools'],
  ['metrics', 'metric', 'metrics'],
  ['feedback', 'feedback item', 'feedback items'],
  ['themes', 'theme', 'themes'],
  ['people', 'person', 'people']
]

/** "3 playbooks, 12 tools and 40 feedback items", naming only what is there. */
export function describeCounts(counts: WorkspaceCounts): string {
  const parts = nouns.filter(([key]) => counts[key] > 0).map(([key, one, many]) => `${formatCount(counts[key])} ${counts[key] === 1 ? one : many}`)
  if (parts.length === 0) return 'nothing yet'
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}
