import { appWorkspace } from '../../db/workspaceJobs'
import { snapshotBeforeUpgrade } from '../../db/upgradeBackup'
import type { BackupJobEvent, BackupJobRequest, BackupJobResult } from './backupProtocol'
import { userMessageOf } from '@shared/storageErrors'

/** Backups, previews and restores run here, off the page: exporting, hashing and gzip of a big workspace take seconds. */
const scope = self as unknown as {
  postMessage(event: BackupJobEvent, transfer?: Transferable[]): void
  onmessage: ((message: MessageEvent<BackupJobRequest>) => void) | null
}

let lastProgress = 0
function progress(done: number, total: number): void {
  const now = Date.now()
  if (now - lastProgress < 100 && done < total) return
  lastProgress = now
  scope.postMessage({ type: 'progress', done, total })
}

async function run(request: BackupJobRequest): Promise<BackupJobResult> {
  switch (request.type) {
    case 'snapshot': {
      const { bytes, header } = await appWorkspace.snapshot({ ...request, onProgress: progress })
      return { type: 'snapshot', bytes, header }
    }
    case 'inspect':
      return { type: 'inspect', ...(await appWorkspace.inspect(request.bytes, request.fileName)) }
    case 'restore':
      return { type: 'restore', header: await appWorkspace.restore(request.bytes, request.fileName, progress) }
    case 'before-upgrade':
      // Never opens the app's database (which would upgrade it): the old database is opened as it is.
      return { type: 'before-upgrade', snapshot: await snapshotBeforeUpgrade(request.targetVersion, request.appVersion) }
    case 'merge-preview':
      return { type: 'merge-preview', preview: await appWorkspace.mergePreview(request.bytes, request.fileName) }
    case 'merge-apply':
      return { type: 'merge-apply', written: await appWorkspace.mergeApply(request.bytes, request.fileName, request.choices) }
  }
}

scope.onmessage = (message) => {
  run(message.data).then(
    (result) => scope.postMessage({ type: 'result', result }, result.type === 'snapshot' ? [result.bytes.buffer as ArrayBuffer] : result.type === 'before-upgrade' && result.snapshot ? [result.snapshot.bytes.buffer as ArrayBuffer] : []),
    (error: unknown) => scope.postMessage({ type: 'error', message: userMessageOf(error) })
  )
}
