// Writes a feedback CSV with realistic text (a support-desk export), streamed so any size fits in memory.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

const subjects = [
  'Export to PDF does nothing', 'SSO login loops after the Okta update', 'Bulk edit for project owners', 'Dashboard loads slowly with many widgets',
  'Please add a dark mode', 'Search does not find comments', 'Scheduled CSV exports', 'Mobile app loses edits offline', 'Invoice shows the wrong VAT',
  'Guest seats are billed', 'Slack notifications arrive twice', 'Roadmap view cannot be shared publicly', 'API rate limit too low for our sync',
  'Calendar integration shows wrong time zone', 'Two-factor codes arrive late'
]
const openings = ['We really need', 'Our team keeps asking for', 'It would save us hours if there was', 'Blocking our rollout:', 'Small thing, but', 'Since last week', 'After the update,']
const details = [
  'the export button spins forever and nothing downloads', 'users in Germany see times an hour off', 'we have to change the owner on 200 projects one at a time',
  'the page takes ten seconds to load with thirty widgets', 'our security team requires SAML before we add more seats', 'we lose notes written without signal on site visits',
  'finance cannot reconcile the invoice with our purchase order', 'leadership wants the weekly report as a PDF every Monday', 'search only matches titles, not the discussion',
  'admins cannot see who changed a setting', 'the mobile app logs us out when switching apps'
]
const closings = ['Thanks!', 'Happy to jump on a call.', 'This is urgent for our renewal.', 'Otherwise we love the product.', 'Is this on the roadmap?', '']
const firstNames = ['Priya', 'Tomás', 'Aisha', 'Ben', 'Chloe', 'Grace', 'Jonas', 'Laura', 'Marco', 'Nina', 'Oliver', 'Ravi', 'Sam', 'Julia', 'Kofi', 'Mei', 'Lars', 'Fatima']
const lastNames = ['Raman', 'Ferreira', 'Rahman', 'Adeyemi', 'Martin', 'Kim', 'Weber', 'Fischer', 'Rossi', 'Patel', 'Schmidt', 'Shah', 'Carter', 'Novak', 'Mensah', 'Chen', 'Berg', 'Haddad']
const companies = ['Northwind Logistics', 'Lumen Health', 'Keystone Health', 'Fernwood Bank', 'Brightline Studio', 'Urban Grid', 'Orbit Analytics', 'Carter Facilities', 'Helix Labs', 'Bluefin Retail']
const tags = ['export', 'sso', 'billing', 'mobile', 'performance', 'search', 'integrations', 'reporting', 'permissions', 'notifications']
const statuses = ['Open', 'Pending', 'Solved', 'Closed']

/** A small, fast, seeded generator so every run writes the same file. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const quote = (value) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

export async function generateFeedbackCsv(path, rows, seed = 42) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const out = createWriteStream(path)
  const header = 'Id,Subject,Description,Requester,Requester email,Organization,Tags,Status,Priority,Created at,Satisfaction Score\n'
  let buffer = header
  const start = Date.UTC(2025, 0, 1)
  for (let i = 1; i <= rows; i++) {
    const first = pick(firstNames)
    const last = pick(lastNames)
    const company = pick(companies)
    const created = new Date(start + Math.floor(next() * 600 * 86_400_000)).toISOString().slice(0, 16).replace('T', ' ')
    const description = `${pick(openings)} ${pick(details)}. ${pick(closings)}`.trim()
    const line = [i, pick(subjects), description, `${first} ${last}`, `${first}.${last}@${company.split(' ')[0].toLowerCase()}.com`.toLowerCase(), company, `${pick(tags)} ${pick(tags)}`, pick(statuses), next() < 0.2 ? 'High' : 'Normal', created, next() < 0.7 ? 'Good' : 'Bad']
    buffer += line.map((cell) => quote(String(cell))).join(',') + '\n'
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain')
      buffer = ''
    }
  }
  out.end(buffer)
  await once(out, 'finish')
}
