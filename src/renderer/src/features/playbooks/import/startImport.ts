import type { OpenedFile } from '@shared/bridge'
import type { BatchFile } from '@shared/playbookImport/planImport'
import { bridgeErrorMessage, getBridge } from '../../../bridge'
import { navigate } from '../../../navigation/useRoute'
import { collectOpenedFiles } from './collectFiles'
import { usePlaybookImport } from './playbookImportStore'
import { prepareImport } from './prepareImport'

export const importFilters = [
  { name: 'Playbooks: Markdown, HTML, zip or Opsdeck JSON', extensions: ['md', 'markdown', 'html', 'htm', 'zip', 'json', 'txt'] },
  { name: 'Notion or Confluence export (.zip)', extensions: ['zip'] },
  { name: 'Markdown', extensions: ['md', 'markdown', 'txt'] },
  { name: 'Web page (Confluence HTML export)', extensions: ['html', 'htm'] },
  { name: 'Opsdeck JSON', extensions: ['json'] }
]

/** Reads and plans a batch, then shows its preview on the import page; nothing is written yet. */
export async function previewBatch(load: () => Promise<BatchFile[]>, name: string, count: number): Promise<void> {
  const store = usePlaybookImport.getState()
  store.set({ kind: 'reading', name, files: count })
  navigate('playbooks', 'import')
  try {
    const files = await load()
    if (files.length === 0) throw new Error('There were no files to read.')
    store.set({ kind: 'preview', prepared: await prepareImport(files, { inWorker: true }) })
  } catch (error) {
    store.set({ kind: 'failed', message: bridgeErrorMessage(error) })
  }
}

async function choose(directory: boolean): Promise<void> {
  const bridge = getBridge()
  let files: OpenedFile[] | null
  try {
    files = await bridge.openFiles(directory ? { title: 'Import a folder of playbooks', directory: true } : { title: 'Import playbooks', multiple: true, filters: importFilters })
  } catch (error) {
    usePlaybookImport.getState().set({ kind: 'failed', message: bridgeErrorMessage(error) })
    navigate('playbooks', 'import')
    return
  }
  if (!files || files.length === 0) return
  const chosen = files
  const name = directory ? (chosen[0]?.relativePath?.split('/')[0] ?? 'folder') : chosen.length === 1 ? (chosen[0]?.name ?? 'file') : `${chosen.length} files`
  await previewBatch(() => collectOpenedFiles(bridge, chosen), name, chosen.length)
}

/** "Import playbooks…": files or a .zip (Notion, Confluence, Obsidian, Markdown, Opsdeck JSON) in one dialog. */
export function importPlaybooks(): Promise<void> {
  return choose(false)
}

/** A folder: an Obsidian vault or an unpacked export. */
export function importPlaybookFolder(): Promise<void> {
  return choose(true)
}
