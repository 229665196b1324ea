import { Window } from 'happy-dom'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../../src/shared/domain/playbooks'
import type { Person } from '../../../src/shared/domain/people'
import type { HtmlNode } from '../../../src/shared/playbookImport/htmlToDocument'
import type { ExistingPlaybook, ImportPlan, PlannedPlaybook } from '../../../src/shared/playbookImport/planImport'
import { planImport } from '../../../src/shared/playbookImport/planImport'
import { expandZips, readBatch } from '../../../src/shared/playbookImport/readBatch'
import { fixtureDir, readFolder, zipFolder } from './fixtureFiles'

const window = new Window()
const parseHtml = (text: string): HtmlNode => new window.DOMParser().parseFromString(text, 'text/html') as unknown as HtmlNode
const unzip = async (bytes: Uint8Array) => unzipSync(bytes)

let counter = 0
const newId = () => `id-${++counter}`

async function plan(files: { path: string; bytes: Uint8Array }[], existing: ExistingPlaybook[] = [], people: Person[] = []): Promise<ImportPlan> {
  const expanded = await expandZips(files, unzip)
  const read = readBatch(expanded.files, parseHtml)
  return planImport({ ...read, refused: [...read.refused, ...expanded.refused], existing, people, newId })
}

const byTitle = (result: ImportPlan, title: string): PlannedPlaybook => {
  const found = result.playbooks.find((playbook) => playbook.title === title)
  if (!found) throw new Error(`no playbook “${title}” in ${result.playbooks.map((playbook) => playbook.title).join(', ')}`)
  return found
}

function linksOf(node: DocNode): { text: string; href: string }[] {
  const own = node.type === 'text' ? (node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => ({ text: node.text ?? '', href: String(mark.attrs?.href) })) : []
  return [...own, ...(node.content ?? []).flatMap(linksOf)]
}
function nodesOf(node: DocNode, type: string): DocNode[] {
  return [...(node.type === type ? [node] : []), ...(node.content ?? []).flatMap((child) => nodesOf(child, type))]
}
const textOf = (node: DocNode): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : ''))

const person = (id: string, name: string, email?: string): Person => ({ id, name, ...(email ? { email } : {}), createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' })

describe('a Notion "Markdown & CSV" export zip', () => {
  const zip = { path: 'Export-2d6c7e1a-0b9f-4c3d-8e2a-5f4b3c2d1e0f.zip', bytes: zipFolder(fixtureDir('notion')) }

  it('reads the page and its sub-page with titles, properties, checklists and the aside as a callout', async () => {
    const result = await plan([zip])
    const top = byTitle(result, 'Support operations')
    const sub = byTitle(result, 'Escalation policy')
    expect(top.source).toEqual({ tool: 'notion', path: 'Support operations 5f0c1a2b3c4d4e5f8a9b0c1d2e3f4a5b.md', id: '5f0c1a2b3c4d4e5f8a9b0c1d2e3f4a5b' })
    expect(top.tags).toEqual(['support', 'on-call'])
    expect(top.status).toBe('published')
    expect(sub.status).toBe('draft')
    expect(nodesOf(top.content, 'taskItem')).toHaveLength(3)
    expect(textOf(top.content)).not.toContain('Owner:')
    expect(textOf(top.content)).not.toContain('Created by')
    expect(top.content.content[0]).toEqual({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '💡 Read this page before your first on-call shift.' }] }] })
  })

  it('offers both owners as new people and never takes the page’s author as its owner', async () => {
    const result = await plan([zip])
    expect(result.people.map((p) => p.name).sort()).toEqual(['Dana Whitfield', 'Lee Marsh'])
    const row = result.rows.find((r) => r.title === 'Support operations')
    expect(row?.owner).toMatchObject({ name: 'Dana Whitfield', isNew: true })
    expect(result.people.some((p) => p.name === 'Sam Okafor')).toBe(false)
  })

  it('matches an owner already in People by name, ignoring case', async () => {
    const result = await plan([zip], [], [person('p-dana', 'dana whitfield')])
    expect(byTitle(result, 'Support operations').ownerId).toBe('p-dana')
    expect(result.people.map((p) => p.name)).toEqual(['Lee Marsh'])
  })

  it('points links between the two pages at the imported playbooks, keeps web links and words of outside pages', async () => {
    const result = await plan([zip])
    const top = byTitle(result, 'Support operations')
    const sub = byTitle(result, 'Escalation policy')
    const links = linksOf(top.content)
    expect(links).toContainEqual({ text: 'Escalation policy', href: `#/playbooks/${sub.id}` })
    expect(links).toContainEqual({ text: 'status.example.com', href: 'https://status.example.com' })
    expect(links).toContainEqual({ text: 'Refund approvals', href: 'https://www.notion.so/Refund-approvals-1d2c3b4a59684f7e8d6c5b4a3f2e1d0c?pvs=21' })
    expect(linksOf(sub.content)).toContainEqual({ text: 'Support operations', href: `#/playbooks/${top.id}` })
    expect(result.rows.find((r) => r.title === 'Support operations')?.outsideLinks).toEqual(['“Refund approvals” links to a page outside this import; kept as a web link.'])
  })

  it('stores each page’s image once and shows it where the page had it', async () => {
    const result = await plan([zip])
    expect(result.images.map((image) => image.path).sort()).toEqual([
      'Support operations 5f0c1a2b3c4d4e5f8a9b0c1d2e3f4a5b/Escalation policy 9e8d7c6b5a4f4e3d9c2b1a0f9e8d7c6b/Untitled.png',
      'Support operations 5f0c1a2b3c4d4e5f8a9b0c1d2e3f4a5b/queue-dashboard.png'
    ])
    const [image] = nodesOf(byTitle(result, 'Support operations').content, 'image')
    const stored = result.images.find((candidate) => candidate.path.endsWith('queue-dashboard.png'))
    expect(image?.attrs).toEqual({ src: `opsdeck-image:${stored?.id}`, alt: 'Queue dashboard' })
    expect(stored?.type).toBe('image/png')
    expect(stored?.bytes.slice(1, 4)).toEqual(new TextEncoder().encode('PNG'))
  })

  it('opens a zip inside a zip, as Notion delivers big exports', async () => {
    const inner = zipFolder(fixtureDir('notion'))
    const outer = zipSync({ 'Export-2d6c7e1a-0b9f-4c3d-8e2a-5f4b3c2d1e0f-Part-1.zip': inner, '__MACOSX/._x': new Uint8Array([0]) })
    const result = await plan([{ path: 'Export.zip', bytes: outer }])
    expect(result.playbooks.map((playbook) => playbook.title).sort()).toEqual(['Escalation policy', 'Support operations'])
  })

  it('updates the earlier import of the same pages instead of adding them again', async () => {
    const first = await plan([zip])
    const existing = first.playbooks.map((playbook) => ({ id: playbook.id, title: playbook.title, source: playbook.source }))
    // The second export is wrapped in another folder; the Notion ids still say which page is which.
    const again = await plan([{ path: 'again.zip', bytes: zipFolder(fixtureDir('notion'), 'Export-9a8b7c6d-0b9f-4c3d-8e2a-5f4b3c2d1e0f/') }], existing)
    expect(again.playbooks.map((playbook) => [playbook.title, playbook.action, playbook.id]).sort()).toEqual(
      first.playbooks.map((playbook) => [playbook.title, 'update', playbook.id]).sort()
    )
    expect(again.rows.filter((row) => row.status === 'update')).toHaveLength(2)
  })
})

describe('a Confluence HTML space export', () => {
  const files = () => readFolder(fixtureDir('confluence')).map((file) => ({ ...file }))

  it('skips the space index and imports each page titled without the space name, with its page id', async () => {
    const result = await plan(files())
    expect(result.rows.find((row) => row.path === 'OPS/index.html')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('space index') })
    expect(result.playbooks.map((playbook) => playbook.title).sort()).toEqual(['Operations Home', 'Quarterly access review', 'Vendor onboarding'])
    expect(byTitle(result, 'Vendor onboarding').source).toEqual({ tool: 'confluence', path: 'OPS/Vendor-onboarding_1933313.html', id: '1933313' })
  })

  it('reads owner and status from the page properties, not the author or editor', async () => {
    const result = await plan(files())
    const vendor = byTitle(result, 'Vendor onboarding')
    expect(vendor.status).toBe('published')
    expect(result.people.map((p) => [p.name, p.email]).sort()).toEqual([
      ['Marcus Lee', 'marcus.lee@acme.example'],
      ['Priya Raman', undefined]
    ])
    expect(vendor.ownerId).toBe(result.people.find((p) => p.name === 'Priya Raman')?.id)
    expect(byTitle(result, 'Quarterly access review').tags).toEqual(['security', 'access'])
    expect(textOf(vendor.content)).not.toMatch(/Created by|Sam Okafor|Document generated|Attachments:|Operations Home/)
  })

  it('matches an owner written as an email to the person with that email', async () => {
    const result = await plan(files(), [], [person('p-marcus', 'M. Lee', 'Marcus.Lee@acme.example')])
    expect(byTitle(result, 'Quarterly access review').ownerId).toBe('p-marcus')
  })

  it('maps tasks, panels, the code macro and the embedded attachment', async () => {
    const result = await plan(files())
    const vendor = byTitle(result, 'Vendor onboarding').content
    expect(nodesOf(vendor, 'taskItem').map((item) => [textOf(item), item.attrs?.checked])).toEqual([
      ['Request the SOC 2 report', true],
      ['Send the security questionnaire', false],
      ['Add the vendor to the tool inventory', false]
    ])
    expect(nodesOf(vendor, 'codeBlock')).toEqual([{ type: 'codeBlock', attrs: { language: 'bash' }, content: [{ type: 'text', text: 'scim-sync --vendor "acme" --dry-run' }] }])
    const quotes = nodesOf(vendor, 'blockquote').map((quote) => textOf(quote))
    expect(quotes).toEqual(['WarningDo not share customer data before the DPA is signed.', 'Faster reviewsSend the questionnaire the day the contract is drafted.'])
    expect(textOf(vendor)).toContain('security & legal review – no exceptions')
    const [image] = nodesOf(vendor, 'image')
    expect(image?.attrs?.alt).toBe('approval-flow.png')
    expect(result.rows.find((row) => row.path === 'OPS/attachments/1933313/1933317.png')).toMatchObject({ status: 'image' })
    expect(result.rows.find((row) => row.path === 'OPS/styles/site.css')?.status).toBe('unused')
  })

  it('resolves page links inside the space and keeps a link to another space as a web link', async () => {
    const result = await plan(files())
    const review = byTitle(result, 'Quarterly access review')
    const links = linksOf(byTitle(result, 'Vendor onboarding').content)
    expect(links).toContainEqual({ text: 'Quarterly access review', href: `#/playbooks/${review.id}` })
    expect(links).toContainEqual({ text: 'Purchasing policy', href: 'https://acme.atlassian.net/wiki/spaces/FIN/pages/2211101/Purchasing+policy' })
    expect(linksOf(byTitle(result, 'Operations Home').content).map((link) => link.href)).toEqual([`#/playbooks/${byTitle(result, 'Vendor onboarding').id}`, `#/playbooks/${review.id}`])
  })

  it('takes the title of a pandoc-converted page from the heading after its breadcrumbs', async () => {
    const result = await plan(readFolder(fixtureDir('confluence-pandoc')))
    const page = byTitle(result, 'Incident postmortems')
    expect(page.source).toEqual({ tool: 'confluence', path: 'Incident-postmortems_2293761.md', id: '2293761' })
    expect(textOf(page.content)).not.toMatch(/Created by|Document generated|Atlassian|Operations Home/)
    expect(page.content.content[0]).toEqual({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Info', marks: [{ type: 'bold' }] }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Write the postmortem within five working days.' }] }] })
    expect(nodesOf(page.content, 'taskItem')).toHaveLength(2)
    expect(result.rows[0]?.outsideLinks).toEqual(['“Vendor onboarding” links to Vendor-onboarding_1933313.html, which is not in this import; the words are kept.'])
  })
})

describe('an Obsidian vault', () => {
  const files = () => readFolder(fixtureDir('obsidian'))

  it('resolves wikilinks by path, by file name, with an alias and a heading', async () => {
    const result = await plan(files())
    const release = byTitle(result, 'Release checklist')
    const triage = byTitle(result, 'Incident triage')
    const comms = byTitle(result, 'Launch comms')
    expect(linksOf(release.content)).toEqual([
      { text: 'who to tell', href: `#/playbooks/${comms.id}` },
      { text: 'Incident triage', href: `#/playbooks/${triage.id}` },
      { text: 'changelog', href: 'https://example.com/changelog' }
    ])
    expect(linksOf(triage.content)).toEqual([{ text: 'the release checklist', href: `#/playbooks/${release.id}` }])
    expect(textOf(release.content)).toContain('Old notes live in Retired process.')
    expect(result.rows.find((row) => row.title === 'Release checklist')?.outsideLinks).toEqual(['“Retired process” links to Retired process, which is not in this import; the words are kept.'])
  })

  it('embeds the pasted image, makes the callout a titled quote and drops highlight marks and comments', async () => {
    const result = await plan(files())
    const release = byTitle(result, 'Release checklist')
    expect(nodesOf(release.content, 'image')).toHaveLength(1)
    expect(release.content.content[0]).toEqual({
      type: 'blockquote',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Freeze first', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Announce the code freeze in #releases 24 hours before the cut.' }] }
      ]
    })
    expect(textOf(byTitle(result, 'Launch comms').content)).not.toContain('internal')
  })

  it('reads properties and inline #tags; an email owner is offered as a new person with that email', async () => {
    const result = await plan(files())
    expect(byTitle(result, 'Release checklist')).toMatchObject({ status: 'published', reviewCadenceDays: 90, tags: ['release', 'product-ops', 'releases', 'shipped'] })
    expect(byTitle(result, 'Incident triage').tags).toEqual(['incident', 'support'])
    expect(result.people).toContainEqual(expect.objectContaining({ name: 'Marcus Lee', email: 'marcus.lee@acme.example' }))
    expect(result.rows.find((row) => row.path === 'Ops vault/.obsidian/app.json')).toMatchObject({ status: 'unused', reason: 'Obsidian settings, not a playbook' })
  })
})

describe('plain Markdown with front matter', () => {
  it('reads fields, footnotes, strikethrough and links between the files', async () => {
    const result = await plan(readFolder(fixtureDir('markdown')))
    const buddy = byTitle(result, 'Onboarding buddy programme')
    const off = byTitle(result, 'Offboarding')
    expect(buddy).toMatchObject({ category: 'training', summary: 'How we pair every new hire with a buddy for their first month.', status: 'published', tags: ['onboarding', 'people'] })
    expect(linksOf(buddy.content)).toContainEqual({ text: 'Offboarding', href: `#/playbooks/${off.id}` })
    expect(linksOf(off.content)).toEqual([
      { text: 'https://handbook.example.com/offboarding', href: 'https://handbook.example.com/offboarding' },
      { text: 'buddy programme', href: `#/playbooks/${buddy.id}` }
    ])
    expect(textOf(buddy.content)).toContain('[1] Offboarding is owned by People Ops.')
    expect(nodesOf(off.content, 'taskItem')[2]?.content?.[0]?.content?.[0]).toEqual({ type: 'text', text: 'Send the exit survey', marks: [{ type: 'strike' }] })
  })

  it('refuses a file whose front matter is not YAML, naming the line', async () => {
    const bad = new TextEncoder().encode('---\ntitle: Fine\ntags: [a, b\n---\n\nBody\n')
    const result = await plan([{ path: 'bad.md', bytes: bad }])
    expect(result.rows).toEqual([expect.objectContaining({ path: 'bad.md', status: 'refused', line: expect.any(Number), reason: expect.stringContaining('not valid YAML') })])
    expect(result.playbooks).toEqual([])
  })

  it('never makes a link of a javascript: or file: URL', async () => {
    const result = await plan([{ path: 'x.md', bytes: new TextEncoder().encode('# X\n\n[run](javascript:alert(1)) [f](file:///etc/passwd) [m](mailto:a@b.co)\n') }])
    expect(linksOf(byTitle(result, 'X').content)).toEqual([{ text: 'm', href: 'mailto:a@b.co' }])
  })
})
