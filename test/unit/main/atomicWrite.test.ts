import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, expect } from 'vitest'
import { atomicWrite } from '../../../src/main/files/atomicWrite'

describe('atomicWrite', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opsdeck-atomic-'))
    await atomicWrite(join(dir, 'export.csv'), 'a,b\n1,2\n')
    expect(await readFile(join(dir, 'export.csv'), 'utf8')).toBe('a,b\n1,2\n')
    expect(await readdir(dir)).toEqual(['export.csv'])
  })

  it('replaces an existing file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opsdeck-atomic-'))
    await writeFile(join(dir, 'export.csv'), 'an older and much longer content')
    await atomicWrite(join(dir, 'export.csv'), new Uint8Array([104, 105]))
    expect(await readFile(join(dir, 'export.csv'), 'utf8')).toBe('hi')
  })

  it('cleans up its temporary file when the rename fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opsdeck-atomic-'))
    await mkdir(join(dir, 'taken'))
    await writeFile(join(dir, 'taken', 'inside.txt'), 'x')
    await expect(atomicWrite(join(dir, 'taken'), 'data')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['taken'])
  })
})
