import type { SampleWorkspace } from '@shared/domain/sample/sampleWorkspace'
import { STATUS_COUNTS_KEY, zeroStatusCounts } from '@shared/domain/feedback/statusCounts'
import { db } from './db'
import { countStatusesInIndex } from './statusIndex'
import { setSetting } from './settings'
import { clock } from './stamp'

export interface WorkspaceCounts {
  people: number
  playbooks: number
  tools: number
  metrics: number
  feedback: number
  themes: number
}

export async function countWorkspace(): Promise<WorkspaceCounts> {
  const [people, playbooks, tools, metrics, feedback, themes] = await Promise.all([
    db.people.count(),
    db.playbooks.count(),
    db.tools.count(),
    db.metrics.count(),
    db.feedback.count(),
    db.themes.count()
  ])
  return { people, playbooks, tools, metrics, feedback, themes }
}

/**
 * Whether the workspace holds anything at all: one key read per table, where
 * counting would walk a feedback table of a million rows at every start.
 */
export async function hasAnyRecords(): Promise<boolean> {
  const tables = [db.people, db.playbooks, db.tools, db.metrics, db.feedback, db.themes]
  const firstKeys = await Promise.all(tables.map((table) => table.limit(1).primaryKeys()))
  return firstKeys.some((keys) => keys.length > 0)
}

export function isWorkspaceEmpty(counts: WorkspaceCounts): boolean {
  return Object.values(counts).every((count) => count === 0)
}

const dataTables = () => db.tables.filter((table) => table.name !== 'settings')

/** Writes the whole sample in one transaction: it is there entirely or not at all. */
export async function loadSampleWorkspace(sample: SampleWorkspace): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.people.bulkPut(sample.people)
    await db.playbooks.bulkPut(sample.playbooks)
    await db.playbookVersions.bulkPut(sample.playbookVersions)
    await db.runs.bulkPut(sample.runs)
    await db.tools.bulkPut(sample.tools)
    await db.metrics.bulkPut(sample.metrics)
    await db.metricPoints.bulkPut(sample.metricPoints)
    await db.themes.bulkPut(sample.themes)
    await db.themeLinks.bulkPut(sample.themeLinks)
    await db.feedback.bulkPut(sample.feedback)
    await db.counters.put({ key: STATUS_COUNTS_KEY, counts: await countStatusesInIndex(db.feedback) })
    await setSetting('onboarding', { choice: 'sample', at: clock.now() })
  })
}

export async function startEmptyWorkspace(): Promise<void> {
  await setSetting('onboarding', { choice: 'empty', at: clock.now() })
}

/** Deletes every record but the settings, in one transaction. */
export async function clearWorkspace(): Promise<void> {
  await db.transaction('rw', dataTables(), async () => {
    await Promise.all(dataTables().map((table) => table.clear()))
    await db.counters.put({ key: STATUS_COUNTS_KEY, counts: zeroStatusCounts() })
  })
}
