import { act, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackupEntry, BackupLocation, DesktopBridge } from '../../src/shared/bridge'

const takeBackup = vi.hoisted(() => vi.fn(async () => undefined))
vi.mock('../../src/renderer/src/features/backups/backupActions', () => ({ takeBackup }))

const { useAutomaticBackups } = await import('../../src/renderer/src/features/backups/useAutomaticBackups')
const { backupsChanged } = await import('../../src/renderer/src/features/backups/backupList')

const browserStorage: BackupLocation = { kind: 'browser', display: 'this browser', access: 'ready', canChooseFolder: true, automatic: false }
const grantedFolder: BackupLocation = { kind: 'chosen', display: 'Opsdeck backups', access: 'ready', canChooseFolder: true, automatic: true }
const lapsedFolder: BackupLocation = { ...grantedFolder, access: 'needs-permission', automatic: false }

let location: BackupLocation
let backups: BackupEntry[]
window.opsdeck = {
  getBackupLocation: async () => location,
  listBackups: async () => ({ location: 'folder', backups })
} as Partial<DesktopBridge> as DesktopBridge

function Scheduler() {
  useAutomaticBackups()
  return null
}

/** Lets the bridge's promises settle, then moves the clock. */
async function wait(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  takeBackup.mockClear()
  backups = []
})

afterEach(() => {
  vi.useRealTimers()
})

describe('automatic backups', () => {
  it('take none while backups stay in browser storage, and start once a folder is granted', async () => {
    location = browserStorage
    render(<Scheduler />)
    await wait(5 * 3_600_000)
    expect(takeBackup).not.toHaveBeenCalled()

    location = grantedFolder
    act(() => backupsChanged())
    await wait(60_000)
    expect(takeBackup).toHaveBeenCalledExactlyOnceWith('scheduled')
  })

  it('wait for the interval after a recent backup, and pause when the permission lapses', async () => {
    location = grantedFolder
    backups = [{ id: '20261202T064000Z-1a2b3c4d', createdAt: new Date(Date.now() - 3_600_000).toISOString(), size: 1, reason: 'manual', appVersion: '0.1.0', schemaVersion: 1, counts: {}, verified: true }]
    render(<Scheduler />)
    await wait(2 * 3_600_000)
    expect(takeBackup).not.toHaveBeenCalled()
    await wait(3_600_000 + 1000)
    expect(takeBackup).toHaveBeenCalledTimes(1)

    location = lapsedFolder
    act(() => backupsChanged())
    await wait(10 * 3_600_000)
    expect(takeBackup).toHaveBeenCalledTimes(1)
  })
})
