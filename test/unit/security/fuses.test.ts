import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as { asar?: boolean; electronFuses?: Record<string, unknown> }

/** The fuse names electron-builder knows, read from its own type declarations, so a misspelt key cannot pass unnoticed. */
function knownFuses(): string[] {
  const require = createRequire(import.meta.url)
  const declarations = readFileSync(require.resolve('app-builder-lib/out/configuration.d.ts'), 'utf8')
  const body = /export interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(declarations)?.[1] ?? ''
  return [...body.matchAll(/^\s{4}(\w+)\?:/gm)].map((match) => match[1] ?? '')
}

describe("the packaged app's Electron fuses", () => {
  it('turn off running as Node, NODE_OPTIONS, --inspect and file:// privileges, and turn on cookie encryption and ASAR integrity', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('name only fuses that electron-builder knows', () => {
    const known = knownFuses()
    expect(known).toContain('runAsNode')
    for (const name of Object.keys(config.electronFuses ?? {})) expect(known, name).toContain(name)
  })

  it('keep the app in an ASAR archive, which onlyLoadAppFromAsar needs', () => {
    expect(config.asar).not.toBe(false)
  })
})
