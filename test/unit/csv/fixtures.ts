import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createImportPipeline, type ImportPipelineOptions, type ImportSummary, type MappedFeedback } from '../../../src/shared/csv'

const dir = join(__dirname, '..', '..', 'fixtures', 'feedback')

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, name)))
}

export interface ImportResult {
  summary: ImportSummary
  rows: MappedFeedback[]
  batches: number[]
}

/** Imports bytes through the real pipeline, fed in chunks of `chunkSize` bytes, collecting every batch. */
export async function runImport(bytes: Uint8Array, options: ImportPipelineOptions = {}, chunkSize = 64 * 1024): Promise<ImportResult> {
  const rows: MappedFeedback[] = []
  const batches: number[] = []
  const pipeline = createImportPipeline({
    importedAt: '2026-05-01T00:00:00.000Z',
    ...options,
    onBatch: async (batch) => {
      batches.push(batch.length)
      rows.push(...batch)
      await options.onBatch?.(batch)
    }
  })
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    await pipeline.feed(bytes.subarray(offset, offset + chunkSize))
  }
  return { summary: await pipeline.finish(), rows, batches }
}

export function importFixture(name: string, options: ImportPipelineOptions = {}, chunkSize?: number): Promise<ImportResult> {
  return runImport(fixture(name), options, chunkSize)
}

export const byId = (rows: MappedFeedback[], externalId: string): MappedFeedback => {
  const row = rows.find((r) => r.externalId === externalId)
  if (!row) throw new Error(`no row with external id ${externalId}`)
  return row
}

export const goodFixtures = [
  'zendesk.csv', 'intercom.csv', 'google-play-reviews.csv', 'surveymonkey.csv', 'typeform.csv', 'jira.csv',
  'salesforce-cases.csv', 'hubspot-tickets.csv', 'uservoice.csv', 'canny.csv', 'productboard-notes.csv', 'delighted.csv',
  'semicolon-european.csv'
]
export const badFixtures = ['empty.csv', 'fake-xlsx.csv', 'unterminated-quote.csv', 'ragged.csv']
