import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

/** `npm run security` itself, over a tiny build output that a test writes. */
function runGate(files: Record<string, string>) {
  const input = mkdtempSync(join(tmpdir(), 'opsdeck-gate-'))
  dirs.push(input)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(input, path)), { recursive: true })
    writeFileSync(join(input, path), text)
  }
  const report = join(input, 'report.csv')
  const run = spawnSync(process.execPath, ['scripts/electronegativity.mjs', '--input', input, '--report', report], { encoding: 'utf8', timeout: 60_000 })
  return { status: run.status, output: `${run.stdout}${run.stderr}`, report: () => readFileSync(report, 'utf8') }
}

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A main process and page that pass: isolation, sandbox, CSP, navigation and permission limits. */
const cleanMain = `const { app, BrowserWindow, session } = require('electron')
app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((webContents, permission, callback) => callback(false))
  const win = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } })
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.loadURL('app://opsdeck/index.html')
})
`
const cleanPage = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'"></head><body></body></html>`

// Each case runs Electronegativity over the files, a few seconds apiece on a busy machine.
describe('the security gate (npm run security)', { timeout: 90_000 }, () => {
  it('passes a clean build and fails once nodeIntegration is planted without isolation, naming the check, severity and place', () => {
    const clean = runGate({ 'main/index.js': cleanMain, 'renderer/index.html': cleanPage })
    expect(clean.output).toContain('0 not allowed')
    expect(clean.status).toBe(0)

    const planted = cleanMain.replace('contextIsolation: true, sandbox: true, nodeIntegration: false', 'nodeIntegration: true, sandbox: false')
    const result = runGate({ 'main/index.js': planted, 'renderer/index.html': cleanPage })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/FAIL\s+HIGH\s+\S+\s+CONTEXT_ISOLATION_JS_CHECK\s+main\/index\.js:\d+:\d+/)
    expect(result.output).toMatch(/FAIL\s+MEDIUM\s+\S+\s+SANDBOX_JS_CHECK\s+main\/index\.js:\d+:\d+/)
    expect(result.report()).toContain('CONTEXT_ISOLATION_JS_CHECK')
  })

  it('fails on a Function() of a string planted in a bundle (the shape FlexSearch shipped), even in a file that is allowlisted for another check', () => {
    const result = runGate({
      'main/index.js': cleanMain,
      'renderer/index.html': cleanPage,
      'renderer/assets/index-abc123.js': 'self.onmessage = (event) => { Function("return " + event.data)()(self) }\n'
    })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/FAIL\s+MEDIUM\s+\S+\s+DANGEROUS_FUNCTIONS_JS_CHECK\s+renderer\/assets\/index-abc123\.js/)
  })

  it('passes a reviewed finding on the allowlist and prints the reason beside it', () => {
    const result = runGate({
      'main/index.js': `${cleanMain}async function open(url) { await require('electron').shell.openExternal(url) }\n`,
      'renderer/index.html': cleanPage
    })
    expect(result.output).toMatch(/allowed\s+MEDIUM\s+\S+\s+OPEN_EXTERNAL_JS_CHECK\s+main\/index\.js/)
    expect(result.output).toContain('reviewed: shell.openExternal is reached only after')
    expect(result.status).toBe(0)
  })

  it('does not allow the same reviewed check in a file outside its pattern', () => {
    const result = runGate({
      'main/index.js': cleanMain,
      'renderer/index.html': cleanPage,
      'main/other.js': `async function open(url) { await require('electron').shell.openExternal(url) }\n`
    })
    expect(result.output).toMatch(/FAIL\s+MEDIUM\s+\S+\s+OPEN_EXTERNAL_JS_CHECK\s+main\/other\.js/)
    expect(result.status).toBe(1)
  })
})
