// bench --backup: a workspace backed up and restored through the real worker jobs, on the database a real import filled.
import { db } from '../../src/renderer/src/db/db'
import { restore, snapshot } from '../../src/renderer/src/features/backups/backupJobs'
import { readWorkspaceFile } from '@shared/workspaceFile'

export async function backupTimings(longestTaskSince: () => { reset(): void; longest(): number }) {
  const feedbackRows = await db.feedback.count()
  const tasks = longestTaskSince()
  tasks.reset()
  let started = performance.now()
  const { bytes } = await snapshot({ reason: 'manual' })
  const backupMs = performance.now() - started
  const backupLongestTaskMs = tasks.longest()

  started = performance.now()
  const verified = await readWorkspaceFile(bytes, { fileName: 'bench', currentSchemaVersion: db.verno })
  const verifyMs = performance.now() - started
  if (!verified.ok) throw new Error(verified.problem.message)

  await db.feedback.limit(1000).delete()
  tasks.reset()
  started = performance.now()
  await restore(bytes, 'bench')
  const restoreMs = performance.now() - started
  const restoreLongestTaskMs = tasks.longest()
  const restoredRows = await db.feedback.count()
  return { feedbackRows, restoredRows, fileBytes: bytes.byteLength, contentBytes: verified.header.contentBytes, backupMs, verifyMs, restoreMs, backupLongestTaskMs, restoreLongestTaskMs }
}
