import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openFilesArgsSchema } from '@shared/bridge'
import { openFiles, readFileChunk, type OpenedFileRegistry } from '../../../src/main/files/openedFiles'

async function vault(): Promise<string> {
  const root = join(await mkdtemp(join(tmpdir(), 'opsdeck-folder-')), 'Ops vault')
  await mkdir(join(root, 'Runbooks'), { recursive: true })
  await mkdir(join(root, '.git'), { recursive: true })
  await writeFile(join(root, 'Incident triage.md'), '# Incident triage\n')
  await writeFile(join(root, 'Runbooks', 'Release checklist.md'), '# Release\n')
  await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  return root
}

describe('choosing a folder to import', () => {
  it('asks the dialog for a folder and hands back each file by token with its path from the folder', async () => {
    const root = await vault()
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [root] }))
    const registry: OpenedFileRegistry = new Map()
    const files = await openFiles(openFilesArgsSchema.parse({ directory: true }), showOpenDialog, registry)
    expect(showOpenDialog).toHaveBeenCalledWith({ title: undefined, filters: [], properties: ['openDirectory'] })
    expect(files?.map((file) => file.relativePath).sort()).toEqual(['Ops vault/Incident triage.md', 'Ops vault/Runbooks/Release checklist.md'])
    const release = files?.find((file) => file.name === 'Release checklist.md')
    expect(JSON.stringify(release)).not.toContain(root)
    const bytes = await readFileChunk({ token: release?.token as string, offset: 0, length: 100 }, registry)
    expect(new TextDecoder().decode(bytes)).toBe('# Release\n')
  })

  it('opens single files as before when no folder is asked for', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: true, filePaths: [] }))
    expect(await openFiles(openFilesArgsSchema.parse({ multiple: true }), showOpenDialog, new Map())).toBeNull()
    expect(showOpenDialog).toHaveBeenCalledWith({ title: undefined, filters: [], properties: ['openFile', 'multiSelections'] })
  })
})
