// npm run bench [-- --rows 1000000]: feedback import throughput in headless Chromium, through the real
// pipeline, worker and database schema. Prints parse-only, raw bulkAdd (the storage limit), the whole import,
// their ratio, a naive schema for comparison, peak memory and the longest main-thread task during the import.
import { chromium } from '@playwright/test'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateFeedbackCsv } from './bench/generateFeedbackCsv.mjs'

const args = process.argv.slice(2)
const rowsArg = args.includes('--rows') ? Number(args[args.indexOf('--rows') + 1]) : args.includes('--1m') ? 1_000_000 : 100_000
const rows = Number.isFinite(rowsArg) && rowsArg > 0 ? rowsArg : 100_000
const baseURL = 'http://127.0.0.1:5198'

mkdirSync('.bench', { recursive: true })
const csv = join('.bench', `feedback-${rows}.csv`)
if (!existsSync(csv)) {
  process.stdout.write(`Generating ${rows.toLocaleString('en')} rows of feedback… `)
  await generateFeedbackCsv(csv, rows)
  console.log(`${(statSync(csv).size / 1e6).toFixed(1)} MB`)
}

execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.mts'], { stdio: 'inherit' })
const server = spawn('npx', ['vite', 'preview', '--config', 'scripts/bench/vite.bench.config.mts', '--outDir', '../../.bench/page'], { stdio: 'ignore', detached: true })

/** Resident memory of every browser process started with our profile folder, in MB. */
function browserRssMb(profileDir) {
  return (
    execFileSync('ps', ['-e', '-o', 'rss=,args='])
      .toString()
      .split('\n')
      .filter((line) => line.includes(profileDir))
      .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0] || 0), 0) / 1024
  )
}

const profile = mkdtempSync(join(tmpdir(), 'opsdeck-bench-'))
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`${baseURL}/bench.html`)).ok) break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  const page = browser.pages()[0] ?? (await browser.newPage())
  page.on('pageerror', (error) => console.error('page error:', error.message))
  await page.goto(`${baseURL}/bench.html`)
  await page.waitForFunction(() => document.title === 'ready')
  await page.setInputFiles('#file', csv)
  const run = (name) => page.evaluate(async (method) => {
    await window.opsdeckBench.reset()
    return window.opsdeckBench[method]()
  }, name)

  const parse = await run('parseOnly')
  const raw = await run('rawBulkAdd')
  const naive = await run('naiveBulkAdd')
  let peakMb = 0
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, browserRssMb(profile))), 250)
  const imported = await run('importFile')
  clearInterval(sampler)
  await browser.close()

  const perSecond = (count, ms) => Math.round((count / ms) * 1000)
  const rawRate = perSecond(raw.rows, raw.writeMs)
  const importRate = perSecond(imported.rows, imported.ms)
  const naiveRate = perSecond(naive.rows, naive.writeMs)
  const line = (label, value) => console.log(`${label.padEnd(46)} ${value}`)
  console.log(`\nFeedback import bench: ${rows.toLocaleString('en')} rows, ${(statSync(csv).size / 1e6).toFixed(1)} MB, headless Chromium`)
  line('parse + map only (rows/s)', perSecond(parse.rows, parse.ms).toLocaleString('en'))
  line('raw bulkAdd into the same schema (rows/s)', rawRate.toLocaleString('en'))
  line('whole import, file to database (rows/s)', importRate.toLocaleString('en'))
  line('import / raw bulkAdd', `${((importRate / rawRate) * 100).toFixed(0)}% (budget: at least 90%)`)
  line('naive schema, every field indexed (rows/s)', naiveRate.toLocaleString('en'))
  line('our schema vs naive', `${(rawRate / naiveRate).toFixed(2)}x faster`)
  line('peak memory while importing, all browser processes (MB)', Math.round(peakMb).toLocaleString('en'))
  line('longest main-thread task while importing (ms)', imported.longestTaskMs ? Math.round(imported.longestTaskMs) : 'none over 50 ms')
  line('rows imported', imported.rows.toLocaleString('en'))
} finally {
  process.kill(-server.pid)
  rmSync(profile, { recursive: true, force: true })
}
