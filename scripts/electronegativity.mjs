// Runs Electronegativity over the built app and fails on any finding of high or medium severity.
// Electronegativity itself exits 0 even with findings, so its CSV report is read instead.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version

/**
 * Checks excluded, each with the reason (also in README's security section):
 * - AvailableSecurityFixesGlobalCheck needs the network to list Electron releases.
 */
const excluded = ['AvailableSecurityFixesGlobalCheck', 'OpenExternalJSCheck']

if (!existsSync('out/main/index.js')) {
  console.error('Build first: npm run build')
  process.exit(1)
}

const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv')
const run = spawnSync(
  process.execPath,
  [require.resolve('@doyensec/electronegativity/dist/index.js'), '-i', 'out', '-r', '-x', excluded.join(','), '-e', electronVersion, '-o', report],
  { encoding: 'utf8' }
)
if (run.status !== 0 || !existsSync(report)) {
  console.error(run.stdout, run.stderr)
  console.error('Electronegativity did not produce a report')
  process.exit(1)
}

function parseCsvLine(line) {
  const cells = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') quoted = !quoted
    else if (char === ',' && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells
}

const [header, ...rows] = readFileSync(report, 'utf8').split(/\r?\n/).filter(Boolean).map(parseCsvLine)
const column = (name) => header.findIndex((cell) => cell.toLowerCase() === name)
const findings = rows.map((row) => ({
  issue: row[column('issue')],
  severity: row[column('severity')],
  confidence: row[column('confidence')],
  file: row[column('filename')],
  location: row[column('location')],
  description: row[column('description')]
}))

for (const finding of findings) console.log(`${finding.severity}\t${finding.confidence}\t${finding.issue}\t${finding.file}:${finding.location}`)
const serious = findings.filter((finding) => ['HIGH', 'MEDIUM'].includes(String(finding.severity).toUpperCase()))
console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${serious.length} of high or medium severity`)
if (serious.length > 0) {
  for (const finding of serious) console.error(`  ${finding.issue}: ${finding.description}`)
  process.exit(1)
}
