import { headerSignature, type Mapping, type TextEncoding } from '@shared/csv'
import { startImportBatch, reverseImportBatch } from '../../../db/feedbackImport'
import { clock } from '../../../db/stamp'
import { navigate } from '../../../navigation/useRoute'
import { notifyError } from '../../../ui/notify'
import type { FileSource } from '../../../bridge/fileSource'
import { csvToDatabaseFactor } from '@shared/workspaceFile'
import { spaceProblem, takeBackup } from '../../backups'
import { useImportStore } from './importStore'
import { runImportJob } from './runImportJob'
import type { ImportProgress } from './importProtocol'

function reportProgress(progress: ImportProgress): void {
  const { startedAt } = useImportStore.getState()
  useImportStore.getState().set({ progress, elapsedMs: startedAt === undefined ? 0 : performance.now() - startedAt })
}

/** The laptop's zone: the file's zone unless the mapping (or the file) names one. */
export function laptopTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** The mapping as the import stores and remembers it: with the file's zone written in when the file has dates. */
export function withFileTimeZone(mapping: Mapping, laptopZone = laptopTimeZone()): Mapping {
  if (!mapping.receivedAt || mapping.receivedAt.timeZone) return mapping
  const next = structuredClone(mapping)
  ;(next.receivedAt as NonNullable<Mapping['receivedAt']>).timeZone = laptopZone
  return next
}

/** Opens the wizard on a file and runs the dry run over all of it. */
export function beginImport(file: FileSource): void {
  useImportStore.getState().reset()
  useImportStore.getState().set({ file })
  navigate('feedback', 'import')
  void runPreview()
}

export async function runPreview(overrides: { encoding?: TextEncoding; mapping?: Mapping; mapFresh?: boolean } = {}): Promise<void> {
  const store = useImportStore.getState()
  const file = store.file
  if (!file) return
  const encoding = 'encoding' in overrides ? overrides.encoding : store.encoding
  const mapping = 'mapping' in overrides ? overrides.mapping : store.mapping
  const mapFresh = overrides.mapFresh ?? store.mapFresh
  store.set({ step: 'previewing', encoding, mapping, mapFresh, error: undefined, progress: undefined, elapsedMs: 0, startedAt: performance.now() })
  const job = runImportJob(file, { mode: 'preview', encoding, mapping, defaultTimeZone: laptopTimeZone(), ignoreRemembered: mapFresh, onProgress: reportProgress })
  useImportStore.getState().set({ job })
  try {
    const preview = await job.result
    useImportStore.getState().set({ step: 'preview', preview, job: undefined })
  } catch (error) {
    useImportStore.getState().set({ step: 'choose', error: error instanceof Error ? error.message : String(error), job: undefined })
  }
}

/** Imports of more rows than this are preceded by a backup. */
export const LARGE_IMPORT_ROWS = 10_000

/** Writes the import for real, with the mapping the preview showed (and the user may have edited). */
export async function runImport(): Promise<void> {
  const store = useImportStore.getState()
  const { file, preview } = store
  if (!file || !preview?.summary.mapping) return
  const mapping = withFileTimeZone(store.mapping ?? preview.summary.mapping)
  const large = preview.summary.rowsSeen > LARGE_IMPORT_ROWS
  // A backup before a large import is about a tenth of the CSV (gzip); the rows take about 1.6 times it.
  const tooBig = await spaceProblem(`Importing ${file.name}`, file.size * (csvToDatabaseFactor + (large ? 0.2 : 0)))
  if (tooBig) {
    store.set({ error: `${tooBig} Nothing was imported.` })
    return
  }
  if (large) {
    // Chromium may give up on a database that fills the disk mid-import; a backup first makes even that recoverable.
    store.set({ step: 'importing', progress: undefined, elapsedMs: 0, startedAt: performance.now() })
    try {
      await takeBackup('before-import')
    } catch (error) {
      useImportStore.getState().set({ step: 'preview', error: `Not imported: the backup taken before a large import failed (${error instanceof Error ? error.message : String(error)}).` })
      return
    }
  }
  const batch = await startImportBatch({
    id: clock.newId(),
    fileName: file.name,
    fileSize: file.size,
    source: preview.summary.source,
    encoding: preview.summary.encoding ?? 'utf-8',
    delimiter: preview.summary.delimiter ?? ',',
    mapping: mapping as Record<string, unknown>,
    headerSignature: headerSignature(preview.summary.headers)
  })
  store.set({ step: 'importing', progress: undefined, elapsedMs: 0, startedAt: performance.now() })
  const job = runImportJob(file, {
    mode: 'import',
    batchId: batch.id,
    encoding: store.encoding ?? preview.summary.encoding,
    mapping,
    source: preview.summary.source,
    defaultTimeZone: laptopTimeZone(),
    onProgress: reportProgress
  })
  useImportStore.getState().set({ job })
  try {
    const result = await job.result
    if (result.cancelled || result.summary.fatal) {
      await reverseImportBatch(batch.id, 'cancelled')
      useImportStore.getState().set({ step: 'preview', job: undefined, error: result.summary.fatal?.message ?? 'Import cancelled. Nothing was kept.' })
      return
    }
    useImportStore.getState().set({ step: 'done', job: undefined, result: { ...result, batchId: batch.id } })
  } catch (error) {
    // On a full disk the roll-back itself may fail: the batch stays in progress and the next start rolls it back.
    const rolledBack = await reverseImportBatch(batch.id, 'rolled-back').then(() => true, () => false)
    useImportStore.getState().set({ step: 'preview', job: undefined })
    notifyError(rolledBack ? `The import of ${file.name} stopped. Nothing of it was kept.` : `The import of ${file.name} stopped. What it wrote is rolled back at the next start.`, error)
  }
}

export function cancelImport(): void {
  useImportStore.getState().job?.cancel()
}
