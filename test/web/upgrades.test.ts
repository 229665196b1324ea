import { Dexie } from 'dexie'
import { schemaHistory } from './schemaHistory'
import { describe, expect, it } from 'vitest'
import { db, OpsdeckDatabase } from '../../src/renderer/src/db/db'
import { restoreWorkspace, snapshotWorkspace } from '../../src/renderer/src/db/workspaceSnapshot'
import { snapshotBeforeUpgrade } from '../../src/renderer/src/db/upgradeBackup'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'
import { STATUS_COUNTS_KEY } from '../../src/shared/domain/feedback/statusCounts'
import type { Feedback } from '../../src/shared/domain/feedback/feedback'

/**
 * The upgrade harness: a database made at every earlier schema version, filled with representative data
 * of that version, opened by the current OpsdeckDatabase, and checked that nothing was lost. Each schema
 * is a frozen copy of what db.ts declared at that version; a new `version(n)` adds its entry here.
 */
const history = schemaHistory

const currentVersion = new OpsdeckDatabase(`probe-${crypto.randomUUID()}`).verno

type Rows = Record<string, Record<string, unknown>[]>

/** What a workspace of that version held: the sample workspace, plus a row in every bookkeeping table. */
function representativeData(version: number): Rows {
  const sample = createSampleWorkspace(new Date('2026-06-15T09:00:00.000Z'))
  const feedback = sample.feedback as unknown as Feedback[]
  const merged = version >= 2 ? { ...feedback[1]!, id: 'merged-row', dedupeKey: 'sample:merged', mergedIntoId: feedback[0]!.id } : undefined
  const rows: Rows = {
    people: sample.people as never,
    playbooks: sample.playbooks as never,
    playbookVersions: sample.playbookVersions as never,
    runs: sample.runs as never,
    tools: sample.tools as never,
    metrics: sample.metrics as never,
    metricPoints: sample.metricPoints as never,
    themes: sample.themes as never,
    // Links carry facts only from version 3 on.
    themeLinks: sample.themeLinks.map((link) => (version >= 3 ? link : { ...link, facts: undefined })).map((link) => JSON.parse(JSON.stringify(link)) as Record<string, unknown>),
    feedback: [...feedback, ...(merged ? [merged] : [])] as never,
    importBatches: [{ id: 'batch-1', fileName: 'zendesk.csv', fileSize: 1024, source: 'zendesk', status: 'completed', encoding: 'utf-8', delimiter: ',', mapping: {}, counts: { created: 3, updated: 0, unchanged: 0, rejected: 0 }, createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z' }],
    mappingPresets: [{ id: 'preset-1', headerSignature: 'ticket id|subject', mapping: { text: 'Subject' }, createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z' }],
    settings: [{ key: 'onboarding', value: { choice: 'sample', at: '2026-06-01T10:00:00.000Z' } }],
    importChanges: [{ id: 'change-1', batchId: 'batch-1', seq: 0, created: [feedback[0]!.id], updated: [] }],
    savedViews: [{ id: 'view-1', name: 'Enterprise asks', filters: { status: 'new' }, createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z' }],
    playbookDrafts: [{ playbookId: sample.playbooks[0]!.id, content: sample.playbooks[0]!.content, savedAt: '2026-06-02T10:00:00.000Z', baseRevision: 1 }],
    searchIndex: [{ key: 'feedback:0', data: '{"doc":[]}' }]
  }
  if (version >= 2) rows['feedbackHistory'] = [{ id: 'history-1', feedbackId: feedback[0]!.id, at: '2026-06-03T10:00:00.000Z', kind: 'status', summary: 'Status new → reviewed' }]
  if (version >= 4) {
    // As the writes keep them: the counts of the rows stored.
    const count = (status: string) => (rows['feedback'] ?? []).filter((row) => row['status'] === status && row['mergedIntoId'] === undefined).length
    rows['counters'] = [{ key: STATUS_COUNTS_KEY, counts: { new: count('new'), reviewed: count('reviewed'), linked: count('linked'), archived: count('archived') } }]
  }
  if (version >= 5) {
    rows['playbookImages'] = [{ id: 'image-1', playbookId: sample.playbooks[0]!.id, name: 'flow.png', type: 'image/png', blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }) }]
    rows['playbookImports'] = [{ id: 'import-1', name: 'Notion export.zip', createdAt: '2026-06-04T10:00:00.000Z', rows: [] }]
  }
  return rows
}

async function createAtVersion(name: string, version: number, rows: Rows): Promise<void> {
  const old = new Dexie(name)
  for (const step of history.filter((entry) => entry.version <= version)) old.version(step.version).stores(step.stores)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list)
  })
  old.close()
}

/** Stored values drop `undefined` fields; compare what IndexedDB keeps. */
const stored = (row: Record<string, unknown>) => JSON.parse(JSON.stringify(row)) as Record<string, unknown>

describe('schema upgrades', () => {
  it('the harness knows every version db.ts declares', () => {
    expect(history.map((entry) => entry.version)).toEqual(Array.from({ length: currentVersion }, (_, index) => index + 1))
  })

  for (const { version } of history.filter((entry) => entry.version < currentVersion)) {
    it(`brings a version ${version} workspace to version ${currentVersion} without losing a record`, async () => {
      const name = `opsdeck-upgrade-v${version}-${crypto.randomUUID()}`
      const rows = representativeData(version)
      await createAtVersion(name, version, rows)

      const upgraded = new OpsdeckDatabase(name)
      await upgraded.open()
      try {
        expect(upgraded.verno).toBe(currentVersion)
        for (const [table, list] of Object.entries(rows)) {
          const after = await upgraded.table(table).toArray()
          expect(after, table).toHaveLength(list.length)
          const byKey = new Map(after.map((row: Record<string, unknown>) => [String(row['id'] ?? row['key'] ?? row['playbookId']), row]))
          for (const row of list) expect(byKey.get(String(row['id'] ?? row['key'] ?? row['playbookId'])), table).toMatchObject(stored(row))
        }
        // Version 3: every link carries its row's facts.
        const feedback = new Map((await upgraded.feedback.toArray()).map((row) => [row.id, row]))
        for (const link of await upgraded.themeLinks.toArray()) expect(link.facts?.receivedAt).toBe(feedback.get(link.feedbackId)?.receivedAt)
        // Version 4: the counters hold the real counts.
        const all = [...feedback.values()]
        const counts = (await upgraded.counters.get(STATUS_COUNTS_KEY))?.counts
        if (version < 4) expect(counts).toEqual({ new: all.filter((row) => row.status === 'new').length, reviewed: all.filter((row) => row.status === 'reviewed').length, linked: all.filter((row) => row.status === 'linked').length, archived: all.filter((row) => row.status === 'archived').length })
      } finally {
        upgraded.close()
        await Dexie.delete(name)
      }
    })
  }

  for (const { version } of history.filter((entry) => entry.version < currentVersion)) {
    it(`restores a backup made at version ${version} through the same upgrades`, async () => {
      const name = `opsdeck-backup-v${version}-${crypto.randomUUID()}`
      const rows = representativeData(version)
      await createAtVersion(name, version, rows)
      const old = new Dexie(name)
      for (const step of history.filter((entry) => entry.version <= version)) old.version(step.version).stores(step.stores)
      const { bytes, header } = await snapshotWorkspace(old, { reason: 'manual', appVersion: '0.0.9', createdAt: '2026-06-15T09:00:00.000Z' })
      old.close()
      await Dexie.delete(name)
      expect(header.schemaVersion).toBe(version)

      await restoreWorkspace(db, bytes, `v${version}.opsdeck`)
      for (const [table, list] of Object.entries(rows)) expect(await db.table(table).count(), table).toBe(list.length)
      for (const link of await db.themeLinks.toArray()) expect(link.facts).toBeDefined()
      expect((await db.counters.get(STATUS_COUNTS_KEY))?.counts.new).toBe((rows['feedback'] ?? []).filter((row) => row['status'] === 'new').length)
    })
  }

  it('backs up a database an update is about to upgrade, as the previous version left it, without upgrading it', async () => {
    const name = `opsdeck-before-upgrade-${crypto.randomUUID()}`
    const rows = representativeData(3)
    await createAtVersion(name, 3, rows)
    const before = await snapshotBeforeUpgrade(currentVersion, '0.2.0', name)
    expect(before?.header).toMatchObject({ reason: 'before-upgrade', schemaVersion: 3, appVersion: '0.2.0' })
    expect(before?.header.counts['feedback']).toBe(rows['feedback']!.length)
    expect((await indexedDB.databases()).find((database) => database.name === name)?.version).toBe(30)
    expect(await snapshotBeforeUpgrade(3, '0.2.0', name)).toBeUndefined()
    await Dexie.delete(name)
  })
})
