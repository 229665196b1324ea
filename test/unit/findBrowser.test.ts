import { describe, expect, it } from 'vitest'
import { findBrowser } from '../../scripts/findBrowser.mjs'

const existing = (...paths: string[]) => (path: string) => paths.includes(path)
const linux = (env: Record<string, string | undefined>, ...paths: string[]) => findBrowser({ env, platform: 'linux', exists: existing(...paths) })

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH before any other browser', () => {
    expect(linux({ CHROMIUM_PATH: '/opt/chromium/chrome' }, '/opt/chromium/chrome', '/usr/bin/chromium')).toMatchObject({ found: true, launch: { executablePath: '/opt/chromium/chrome' } })
  })

  it('says in one line that CHROMIUM_PATH names no file, rather than falling back', () => {
    const result = linux({ CHROMIUM_PATH: '/opt/missing' }, '/usr/bin/chromium')
    expect(result).toEqual({ found: false, message: expect.stringContaining('CHROMIUM_PATH is /opt/missing') })
    if (!result.found) expect(result.message).not.toContain('\n')
  })

  it("uses Debian's Chromium at /usr/bin/chromium, as CI does", () => {
    expect(linux({}, '/usr/bin/chromium', '/usr/bin/google-chrome')).toEqual({ found: true, launch: { executablePath: '/usr/bin/chromium' }, description: '/usr/bin/chromium' })
  })

  it('finds Ubuntu chromium-browser or Google Chrome on Linux', () => {
    expect(linux({}, '/usr/bin/chromium-browser')).toMatchObject({ launch: { executablePath: '/usr/bin/chromium-browser' } })
    expect(linux({}, '/usr/bin/google-chrome')).toMatchObject({ launch: { executablePath: '/usr/bin/google-chrome' } })
  })

  it('launches an installed Chrome on macOS through its channel', () => {
    const result = findBrowser({ env: {}, platform: 'darwin', exists: existing('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') })
    expect(result).toMatchObject({ found: true, launch: { channel: 'chrome' } })
  })

  it('launches Edge on Windows through its channel when Chrome is not installed', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }
    const result = findBrowser({ env, platform: 'win32', exists: existing('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe') })
    expect(result).toMatchObject({ found: true, launch: { channel: 'msedge' } })
  })

  it('prefers Chrome to Edge on Windows', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' }
    const exists = existing('C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe')
    expect(findBrowser({ env, platform: 'win32', exists })).toMatchObject({ launch: { channel: 'chrome' } })
  })

  it('does not look for macOS or Windows browsers at Linux paths', () => {
    expect(findBrowser({ env: {}, platform: 'darwin', exists: existing('/usr/bin/chromium') })).toMatchObject({ found: false })
  })

  it.each([
    ['linux', 'apt-get install chromium'],
    ['darwin', 'Google Chrome or Microsoft Edge'],
    ['win32', 'Google Chrome or Microsoft Edge']
  ])('without a browser on %s, says in one line what to install', (platform, install) => {
    const result = findBrowser({ env: {}, platform, exists: () => false })
    expect(result.found).toBe(false)
    if (result.found) return
    expect(result.message).toContain(install)
    expect(result.message).toContain('CHROMIUM_PATH')
    expect(result.message).not.toContain('\n')
  })
})
