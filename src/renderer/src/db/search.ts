import { db } from './db'

export interface RecordHit {
  kind: 'person' | 'tool' | 'playbook' | 'metric' | 'theme'
  id: string
  title: string
  detail: string
}

/**
 * Names of the small tables, matched by substring. Feedback is searched by its
 * own index (it can hold hundreds of thousands of rows), not here.
 */
export async function searchRecords(query: string, limit = 20): Promise<RecordHit[]> {
  const needle = query.trim().toLowerCase()
  if (needle.length < 2) return []
  const has = (...fields: (string | undefined)[]) => fields.some((field) => field?.toLowerCase().includes(needle))
  const [people, tools, playbooks, metrics, themes] = await Promise.all([
    db.people.filter((p) => has(p.name, p.email, p.team, p.role)).limit(limit).toArray(),
    db.tools.filter((t) => has(t.name, t.vendor, t.category)).limit(limit).toArray(),
    db.playbooks.filter((p) => !p.isTemplate && has(p.title, p.summary, ...p.tags)).limit(limit).toArray(),
    db.metrics.filter((m) => has(m.name, m.description)).limit(limit).toArray(),
    db.themes.filter((t) => has(t.name, t.description)).limit(limit).toArray()
  ])
  return [
    ...playbooks.map((p): RecordHit => ({ kind: 'playbook', id: p.id, title: p.title, detail: p.summary })),
    ...tools.map((t): RecordHit => ({ kind: 'tool', id: t.id, title: t.name, detail: [t.vendor, t.category].filter(Boolean).join(' · ') })),
    ...metrics.map((m): RecordHit => ({ kind: 'metric', id: m.id, title: m.name, detail: m.description })),
    ...themes.map((t): RecordHit => ({ kind: 'theme', id: t.id, title: t.name, detail: t.description })),
    ...people.map((p): RecordHit => ({ kind: 'person', id: p.id, title: p.name, detail: [p.role, p.team].filter(Boolean).join(' · ') }))
  ].slice(0, limit)
}
