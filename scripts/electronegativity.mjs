// Runs Electronegativity over the built app and fails on any finding of high or
// medium severity that is not on the reviewed allowlist (scripts/securityAllowlist.mjs),
// and on any file it could not scan.
//
// Electronegativity is run as a library: its CLI writes the CSV report's header
// and rows with two unsynchronised writes, so the header can overwrite the first
// finding (seen here: the first row came out as "lf'; script-src …" with no check
// name). The library hands back the findings themselves; the CSV written beside
// them (papaparse) is for people to read.
//
// Usage: node scripts/electronegativity.mjs [--input out] [--report file.csv]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import Papa from 'papaparse'
import { securityAllowlist } from './securityAllowlist.mjs'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const runElectronegativity = require('@doyensec/electronegativity/dist/runner.js')

/** Checks not run, each with the reason (also in README's security section). */
const excluded = [
  // Needs the network to list Electron releases; the Electron version is pinned and reviewed by hand.
  'AvailableSecurityFixesGlobalCheck'
]

const { values } = parseArgs({ options: { input: { type: 'string', default: 'out' }, report: { type: 'string', default: '.security/electronegativity.csv' } } })
const input = resolve(values.input)
if (!existsSync(input)) {
  console.error(`Nothing to scan at ${values.input}: build first (npm run build)`)
  process.exit(1)
}

// Electronegativity prints a translation warning through console.log; keep the output to findings.
const log = console.log
console.log = () => {}
let result
try {
  result = await runElectronegativity({ input, isRelative: true, excludeFromScan: excluded, electronVersionOverride: electronVersion })
} finally {
  console.log = log
}

const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: String(issue.file).replaceAll('\\', '/'),
  location: issue.location ? `${issue.location.line}:${issue.location.column}` : '',
  sample: String(issue.sample ?? '').slice(0, 200),
  description: issue.description
}))

const allowance = (finding) => securityAllowlist.find((entry) => entry.check === finding.check && entry.file.test(finding.file))
const serious = (finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM'

mkdirSync(dirname(resolve(values.report)), { recursive: true })
writeFileSync(values.report, Papa.unparse(findings.map((finding) => ({ ...finding, allowed: allowance(finding)?.reason ?? '' })), { escapeFormulae: /^[=+\-@\t\r\n]/ }))

let failures = 0
for (const finding of findings) {
  const allowed = serious(finding) ? allowance(finding) : undefined
  const verdict = !serious(finding) ? 'note' : allowed ? 'allowed' : 'FAIL'
  if (verdict === 'FAIL') failures++
  console.log(`${verdict.padEnd(7)} ${finding.severity.padEnd(13)} ${finding.confidence.padEnd(9)} ${finding.check}  ${finding.file}:${finding.location}`)
  if (verdict === 'FAIL') console.log(`        ${finding.description}: ${finding.sample}`)
  if (allowed) console.log(`        reviewed: ${allowed.reason}`)
}
for (const error of result.errors ?? []) {
  // A file the parser could not read was not checked at all; a tolerable parser warning was.
  if (!error.tolerable) failures++
  console.log(`${error.tolerable ? 'note   ' : 'FAIL   '} could not fully parse ${error.file}: ${error.message}`)
}

console.log(
  `Electronegativity (Electron ${electronVersion}) over ${values.input}: ${findings.length} findings, ` +
    `${findings.filter(serious).length} of high or medium severity, ${failures} not allowed. Report: ${values.report}`
)
if (failures > 0) process.exit(1)
