import { describe, expect, it } from 'vitest'
import { backupFileName, backupIdOfFileName, backupIdTime, newBackupId } from '@shared/workspaceFile'

describe('names of backups in a granted folder', () => {
  it('names a backup by its id and knows the id again from the name', () => {
    const id = newBackupId(new Date('2026-12-02T06:40:00.123Z'), new Uint8Array([0x1a, 0x2b, 0x3c, 0x4d, 0xff]))
    expect(id).toBe('20261202T064000Z-1a2b3c4d')
    expect(backupFileName(id)).toBe('Opsdeck backup 20261202T064000Z-1a2b3c4d.opsdeck')
    expect(backupIdOfFileName(backupFileName(id))).toBe(id)
    expect(backupIdTime(id)).toBe('2026-12-02T06:40:00.000Z')
  })

  it('counts no other name as its own, however close', () => {
    for (const name of [
      '20261202T064000Z-1a2b3c4d.opsdeck',
      'Opsdeck backup 20261202T064000Z-1a2b3c4d.opsdeck.crswap',
      'Opsdeck backup 20261202T064000Z-1a2b3c4d (1).opsdeck',
      'Opsdeck backup 20261202T064000Z-1A2B3C4D.opsdeck',
      'opsdeck backup 20261202T064000Z-1a2b3c4d.opsdeck',
      'Opsdeck workspace 2026-12-02 0640.opsdeck',
      'notes.txt'
    ])
      expect(backupIdOfFileName(name)).toBeUndefined()
  })

  it('refuses to build a name from something that is not an id', () => {
    expect(() => backupFileName('../../etc/passwd')).toThrow('Not a backup id')
  })
})
