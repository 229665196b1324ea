// @vitest-environment happy-dom
// (happy-dom only for the FileReader that dexie-export-import uses to make a real export fixture)
import { describe, expect, it } from 'vitest'
import { encodeWorkspaceFile, gunzip, gzip, readDexieExportMeta, readWorkspaceFile, sha256Hex, type WorkspaceHeaderFields } from '../../../src/shared/workspaceFile'
import { realDexieExport } from './exportFixture'

const fields: WorkspaceHeaderFields = { appVersion: '0.1.0', schemaVersion: 4, createdAt: '2026-12-02T06:30:00.000Z', reason: 'manual', parts: 'all' }
const read = (bytes: Uint8Array, currentSchemaVersion = 4) => readWorkspaceFile(bytes, { fileName: 'backup.opsdeck', currentSchemaVersion })
const encoder = new TextEncoder()

async function rewrite(bytes: Uint8Array, change: (text: string) => string): Promise<Uint8Array> {
  return gzip(encoder.encode(change(new TextDecoder().decode(await gunzip(bytes)))))
}

describe('workspace file', () => {
  it('reads back what it wrote, with counts taken from the export', async () => {
    const content = await realDexieExport(4, 3)
    const { bytes, header } = await encodeWorkspaceFile(fields, content)
    expect(header.counts).toEqual({ people: 3, feedback: 1 })
    expect(header.contentSha256).toBe(await sha256Hex(content))
    const result = await read(bytes)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.header).toEqual(header)
    expect(result.content).toEqual(content)
  })

  it('computes the SHA-256 everyone else computes', async () => {
    expect(await sha256Hex(encoder.encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('reads the table list of a real export without parsing its rows', async () => {
    const meta = readDexieExportMeta(await realDexieExport(3, 2))
    expect(meta?.databaseVersion).toBe(3)
    expect(meta?.tables.map((table) => [table.name, table.rowCount])).toEqual([
      ['people', 2],
      ['feedback', 1]
    ])
  })

  it('refuses a truncated file and says so', async () => {
    const { bytes } = await encodeWorkspaceFile(fields, await realDexieExport())
    const result = await read(bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    expect(result).toMatchObject({ ok: false, problem: { code: 'truncated' } })
    if (!result.ok) expect(result.problem.message).toContain('backup.opsdeck is incomplete')
  })

  it('refuses a file whose gzip trailer is cut off', async () => {
    const { bytes } = await encodeWorkspaceFile(fields, await realDexieExport())
    expect((await read(bytes.subarray(0, bytes.length - 4))).ok).toBe(false)
  })

  it('refuses content that no longer matches its checksum', async () => {
    const { bytes } = await encodeWorkspaceFile(fields, await realDexieExport())
    const tampered = await rewrite(bytes, (text) => text.replace('Person 1', 'Person 7'))
    expect(await read(tampered)).toMatchObject({ ok: false, problem: { code: 'checksum' } })
  })

  it('refuses a header whose counts differ from the data', async () => {
    const content = await realDexieExport()
    const { bytes } = await encodeWorkspaceFile(fields, content)
    const tampered = await rewrite(bytes, (text) => text.replace('"people":3', '"people":30'))
    expect(await read(tampered)).toMatchObject({ ok: false, problem: { code: 'counts' } })
  })

  it('refuses a file made by a newer schema, naming both versions', async () => {
    const { bytes } = await encodeWorkspaceFile({ ...fields, schemaVersion: 9, appVersion: '2.0.0' }, await realDexieExport(9))
    const result = await read(bytes, 4)
    expect(result).toMatchObject({ ok: false, problem: { code: 'newer-schema' } })
    if (!result.ok) expect(result.problem.message).toMatch(/Opsdeck 2\.0\.0.*version 9.*version 4/)
  })

  it('refuses a newer file format before looking at the rest of its header', async () => {
    const { bytes } = await encodeWorkspaceFile(fields, await realDexieExport())
    const newer = await rewrite(bytes, (text) => text.replace('"formatVersion":1,"appVersion"', '"formatVersion":2,"somethingNew":true,"appVersion"'))
    expect(await read(newer)).toMatchObject({ ok: false, problem: { code: 'newer-format' } })
  })

  it('refuses foreign files: plain text, another gzip, a bare dexie export', async () => {
    expect(await read(encoder.encode('name,email\nAda,ada@example.com\n'))).toMatchObject({ ok: false, problem: { code: 'foreign' } })
    expect(await read(await gzip(encoder.encode('{"hello":"world"}\n{}')))).toMatchObject({ ok: false, problem: { code: 'foreign' } })
    expect(await read(await gzip(await realDexieExport()))).toMatchObject({ ok: false, problem: { code: 'foreign' } })
  })

  it('accepts an older schema version, which a restore upgrades', async () => {
    const { bytes } = await encodeWorkspaceFile({ ...fields, schemaVersion: 2 }, await realDexieExport(2))
    expect((await read(bytes, 4)).ok).toBe(true)
  })

  it('refuses a header whose schema version disagrees with its data', async () => {
    const { bytes } = await encodeWorkspaceFile({ ...fields, schemaVersion: 3 }, await realDexieExport(4))
    expect(await read(bytes)).toMatchObject({ ok: false, problem: { code: 'counts' } })
  })
})
