import { screen } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { db } from '../../src/renderer/src/db/db'
import { setSetting } from '../../src/renderer/src/db/settings'
import { loadSampleWorkspace, clearWorkspace } from '../../src/renderer/src/db/workspace'
import { snapshotWorkspace } from '../../src/renderer/src/db/workspaceSnapshot'
import { browserBackups } from '../../src/renderer/src/bridge/browserBackups'
import { markBackupStarted, reportInterruptedBackup } from '../../src/renderer/src/features/backups/interruptedBackup'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'
import { renderWithProviders } from './render'

afterEach(async () => {
  await Dexie.delete('opsdeck-browser-backups')
  localStorage.clear()
})

async function keepBrowserBackup(createdAt: string): Promise<void> {
  const { bytes } = await snapshotWorkspace(db, { reason: 'before-delete', appVersion: '0.1.0', createdAt })
  await browserBackups.writeBackup({ data: bytes as Uint8Array<ArrayBuffer> })
}

describe('backups in the app', () => {
  it('offers the newest backup when the workspace is empty, as after a browser deleted the database', async () => {
    await loadSampleWorkspace(createSampleWorkspace(new Date()))
    await keepBrowserBackup('2026-11-30T15:00:00.000Z')
    await db.delete()
    await db.open()
    renderWithProviders(<App />)
    expect(await screen.findByText('This workspace is empty, but a backup exists')).toBeTruthy()
    expect(screen.getByRole('button', { name: /^Restore the backup of / })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Start empty' })).toBeTruthy()
  })

  it('keeps a verified copy in the browser, readable back whole', async () => {
    await loadSampleWorkspace(createSampleWorkspace(new Date()))
    const { bytes } = await snapshotWorkspace(db, { reason: 'manual', appVersion: '0.1.0', createdAt: new Date().toISOString() })
    const entry = await browserBackups.writeBackup({ data: bytes.slice() as Uint8Array<ArrayBuffer> })
    expect(entry.verified).toBe(true)
    const back = await browserBackups.readBackupChunk({ id: entry.id, offset: 0, length: entry.size })
    expect([...back]).toEqual([...bytes])
    expect((await browserBackups.listBackups()).backups.map((backup) => backup.id)).toEqual([entry.id])
  })

  it('warns on the dashboard when no backup has succeeded for a day', async () => {
    await loadSampleWorkspace(createSampleWorkspace(new Date()))
    await setSetting('onboarding', { choice: 'sample', at: new Date(Date.now() - 3 * 86_400_000).toISOString() })
    renderWithProviders(<App />)
    expect(await screen.findByText('No recent backup')).toBeTruthy()
    expect(screen.getByText(/No backup of this workspace has succeeded yet/)).toBeTruthy()
  })

  it('does not nag a workspace started today', async () => {
    await loadSampleWorkspace(createSampleWorkspace(new Date()))
    await clearWorkspace()
    await setSetting('onboarding', { choice: 'empty', at: new Date().toISOString() })
    renderWithProviders(<App />)
    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeTruthy()
    await screen.findByRole('region', { name: 'Playbooks' })
    expect(screen.queryByText('No recent backup')).toBeNull()
  })

  it('notices at the next start a backup that did not finish', async () => {
    markBackupStarted('scheduled')
    renderWithProviders(<div />)
    reportInterruptedBackup()
    expect(await screen.findByText('A backup did not finish')).toBeTruthy()
    expect(localStorage.getItem('opsdeck.backupInProgress')).toBeNull()
  })
})
