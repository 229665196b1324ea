/**
 * Every schema version db.ts has declared, as it was declared: tests build databases of earlier versions
 * from it. A released version never changes here either; a new version(n) adds its entry.
 */
export const schemaHistory: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      people: 'id, name',
      playbooks: 'id, status, category, ownerId, nextReviewAt, updatedAt',
      playbookVersions: 'id, [playbookId+number]',
      runs: 'id, playbookId, status, assigneeId',
      feedback: 'id, &dedupeKey, batchId, receivedAt, [status+receivedAt]',
      themes: 'id, status, parentId',
      themeLinks: 'id, themeId, feedbackId, &[themeId+feedbackId]',
      importBatches: 'id, status, createdAt',
      mappingPresets: 'id, &headerSignature',
      tools: 'id, status, category, ownerId',
      metrics: 'id, status',
      metricPoints: 'id, [metricId+date]',
      settings: 'key',
      importChanges: 'id, batchId',
      savedViews: 'id',
      playbookDrafts: 'playbookId',
      searchIndex: 'key'
    }
  },
  { version: 2, stores: { feedback: 'id, &dedupeKey, batchId, receivedAt, [status+receivedAt], mergedIntoId', feedbackHistory: 'id, [feedbackId+at]' } },
  { version: 3, stores: {} },
  { version: 4, stores: { counters: 'key' } },
  { version: 5, stores: { playbookImages: 'id, playbookId', playbookImports: 'id, createdAt' } }
]

/** The stores of version `version` alone, as `version(version).stores()` was given them. */
export function storesOf(version: number): Record<string, string> {
  return schemaHistory.find((entry) => entry.version === version)?.stores ?? {}
}
