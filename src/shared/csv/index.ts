/**
 * The feedback import pipeline, pure and streaming: bytes → decoded text → sniffed layout → records →
 * mapped, normalised rows with dedupe keys. It runs anywhere (the import worker, Node tests).
 *
 *   const pipeline = createImportPipeline({ dryRun, mapping, encoding, presets, onBatch: (rows) => writeBatch(rows) })
 *   for each chunk of the file: await pipeline.feed(chunk)   // Uint8Array, any size, cut anywhere
 *   const summary = await pipeline.finish()                  // encoding, delimiter, header, source, mapping,
 *                                                            // counts, first 100 errors, first 20 rows
 *
 * A dry run reads the whole file and delivers nothing; its summary.mapping (encoding, source) can be edited
 * and passed back for the real run. Memory stays flat: one chunk, one unfinished record, one batch, the first
 * 200 rows until the mapping is decided, and one number per row keyed by content hash (see dedupeKey.ts).
 */
export * from './decode'
export * from './binary'
export * from './parse'
export * from './sniff'
export * from './mapping'
export * from './autoMap'
export * from './knownExports'
export * from './timeZone'
export * from './normalized'
export * from './normalizeDate'
export * from './normalizeNumber'
export * from './dedupeKey'
export * from './rowToFeedback'
export * from './ratingScales'
export * from './revenueGuess'
export * from './foldRows'
export * from './pipeline'
export * from './readCsvTable'
