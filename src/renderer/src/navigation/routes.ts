import type { CommandId } from '@shared/commands'

export const pageIds = ['dashboard', 'feedback', 'playbooks', 'tools', 'metrics', 'people', 'settings'] as const
export type PageId = (typeof pageIds)[number]

export interface Route {
  page: PageId
  /** The rest of the path, e.g. a record id: '#/playbooks/123' -> ['123']. */
  params: string[]
}

export function parseHash(hash: string): Route {
  const [page, ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  return { page: (pageIds as readonly string[]).includes(page ?? '') ? (page as PageId) : 'dashboard', params: params.map(decodeURIComponent) }
}

export function toHash(page: PageId, ...params: string[]): string {
  return `#/${[page, ...params.map(encodeURIComponent)].join('/')}`
}

export const navigationCommandFor: Record<PageId, CommandId> = {
  dashboard: 'go.dashboard',
  feedback: 'go.feedback',
  playbooks: 'go.playbooks',
  tools: 'go.tools',
  metrics: 'go.metrics',
  people: 'go.people',
  settings: 'go.settings'
}
