import { describe, expect, it } from 'vitest'
import type { Playbook } from '../../../src/shared/domain/playbooks'
import { docBuilder } from '../../../src/shared/domain/playbooks'
import { MarkdownFileError, parseMarkdownFile, playbookToMarkdownFile, titleFromFileName } from '../../../src/shared/markdown'

const { doc, h1, h2, p, tasks } = docBuilder

const playbook: Playbook = {
  id: 'pb1',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-03-02T09:30:00.000Z',
  title: 'Feedback triage: weekly',
  summary: 'Turn raw feedback into themes.',
  category: 'process',
  tags: ['feedback', '2026'],
  ownerId: 'p1',
  raci: { responsible: ['p1'], accountable: ['p2'], consulted: [], informed: ['p3', 'p9'] },
  status: 'published',
  reviewCadenceDays: 90,
  lastReviewedAt: '2026-03-02T09:30:00.000Z',
  lastReviewedBy: 'p2',
  nextReviewAt: '2026-05-31',
  content: doc(h2('Weekly'), tasks(['Import new feedback'])),
  revision: 7,
  isTemplate: false
}
const names = { p1: 'Ana Ruiz', p2: 'Ben Okafor', p3: 'Support team' }

const expectedFile = `---
title: "Feedback triage: weekly"
summary: Turn raw feedback into themes.
category: process
tags:
  - feedback
  - "2026"
owner: Ana Ruiz
raci:
  responsible:
    - Ana Ruiz
  accountable:
    - Ben Okafor
  consulted: []
  informed:
    - Support team
    - p9
status: published
review_cadence_days: 90
last_reviewed: 2026-03-02T09:30:00.000Z
last_reviewed_by: Ben Okafor
---

## Weekly

- [ ] Import new feedback
`

describe('Markdown files with front matter', () => {
  it('writes the playbook\'s fields as YAML front matter, people by name, then the document', () => {
    expect(playbookToMarkdownFile(playbook, names)).toBe(expectedFile)
  })

  it('reads every field and the document back', () => {
    const { meta, doc: content, warnings } = parseMarkdownFile(expectedFile, 'triage.md')
    expect(meta).toEqual({
      title: 'Feedback triage: weekly',
      summary: 'Turn raw feedback into themes.',
      category: 'process',
      tags: ['feedback', '2026'],
      owner: 'Ana Ruiz',
      raci: { responsible: ['Ana Ruiz'], accountable: ['Ben Okafor'], consulted: [], informed: ['Support team', 'p9'] },
      status: 'published',
      reviewCadenceDays: 90,
      lastReviewed: '2026-03-02T09:30:00.000Z',
      lastReviewedBy: 'Ben Okafor'
    })
    expect(content).toEqual(playbook.content)
    expect(warnings).toEqual([])
  })

  it('writes ids where no name is known, and leaves out what is not set', () => {
    const bare: Playbook = { ...playbook, summary: '', ownerId: 'p1', raci: { responsible: [], accountable: [], consulted: [], informed: [] }, tags: [] }
    delete bare.reviewCadenceDays
    delete bare.lastReviewedAt
    delete bare.lastReviewedBy
    expect(playbookToMarkdownFile(bare)).toBe(
      '---\ntitle: "Feedback triage: weekly"\ncategory: process\ntags: []\nowner: p1\nstatus: published\n---\n\n## Weekly\n\n- [ ] Import new feedback\n'
    )
  })

  it('reads Windows line endings and a byte order mark', () => {
    const windows = '\ufeff' + expectedFile.replace(/\n/g, '\r\n')
    expect(parseMarkdownFile(windows, 'triage.md').meta.title).toBe('Feedback triage: weekly')
    expect(parseMarkdownFile(windows, 'triage.md').doc).toEqual(playbook.content)
  })

  it('names the file and the line when the front matter is not valid YAML', () => {
    const broken = '---\ntitle: Launch\ntags: [launch, gtm\nowner: Ana\n---\n\nBody'
    expect(() => parseMarkdownFile(broken, 'launch.md')).toThrow(MarkdownFileError)
    expect(() => parseMarkdownFile(broken, 'launch.md')).toThrow(
      'launch.md, line 4: the front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].'
    )
  })

  it('warns, naming the file, about values it cannot use', () => {
    const odd = '---\ntitle: Handbook\ncategory: handbook\nstatus: someday\nreview_cadence_days: often\n---\nText'
    const { meta, warnings } = parseMarkdownFile(odd, 'handbook.md')
    expect(meta).toEqual({ title: 'Handbook', tags: [], raci: { responsible: [], accountable: [], consulted: [], informed: [] } })
    expect(warnings).toEqual([
      'handbook.md: unknown category "handbook" (expected process, best-practice or training); left unset.',
      'handbook.md: unknown status "someday" (expected draft, published or archived); the playbook is imported as a draft.',
      'handbook.md: "review_cadence_days" should be a whole number of days; ignored.'
    ])
  })

  it('reads Obsidian properties: tags with "#", a comma list, and keys it does not know, silently', () => {
    const obsidian = '---\ntags: [process, "#support", Support]\naliases: [Escalation]\ncreated: 2024-03-01\ntype: Best practice\n---\n# Escalation path\n\nWho to call.'
    const { meta, doc: content, warnings } = parseMarkdownFile(obsidian, 'Escalation path.md')
    expect(meta.title).toBe('Escalation path')
    expect(meta.tags).toEqual(['process', 'support'])
    expect(meta.category).toBe('best-practice')
    expect(content).toEqual(doc(p('Who to call.')))
    expect(warnings).toEqual([])
    expect(parseMarkdownFile('---\ntags: onboarding, training\n---\n', 'x.md').meta.tags).toEqual(['onboarding', 'training'])
  })
})

describe('Markdown files without front matter', () => {
  it('takes the title from the first level-1 heading and leaves it out of the document', () => {
    const { meta, doc: content } = parseMarkdownFile('# Launch checklist\n\n## Before\n\n- [ ] Brief', 'anything.md')
    expect(meta.title).toBe('Launch checklist')
    expect(content).toEqual(doc(h2('Before'), tasks(['Brief'])))
  })

  it('takes the title from a setext heading too', () => {
    const { meta, doc: content } = parseMarkdownFile('Launch checklist\n================\n\nText', 'anything.md')
    expect(meta.title).toBe('Launch checklist')
    expect(content).toEqual(doc(p('Text')))
  })

  it('falls back to the file name, without Notion\'s page id or a slug\'s dashes', () => {
    expect(parseMarkdownFile('Just text', 'exports/Launch plan 3f2a9c1d8e7b4a6f9c0d1e2f3a4b5c6d.md').meta.title).toBe('Launch plan')
    expect(titleFromFileName('C:\\notes\\pricing-change_v2.md')).toBe('Pricing change v2')
    expect(titleFromFileName('.md')).toBe('Untitled playbook')
  })

  it('reads the properties Notion writes under the title', () => {
    const notion = '# Onboarding checklist\n\nOwner: Priya Shah\nTags: onboarding, training\nStatus: Published\nCreated: March 1, 2026 9:14 AM\n\n## Week one\n\nText'
    const { meta, doc: content, warnings } = parseMarkdownFile(notion, 'Onboarding checklist 0123456789abcdef0123456789abcdef.md')
    expect(meta).toMatchObject({ title: 'Onboarding checklist', owner: 'Priya Shah', tags: ['onboarding', 'training'], status: 'published' })
    expect(content).toEqual(doc(h2('Week one'), p('Text')))
    expect(warnings).toEqual(['Onboarding checklist 0123456789abcdef0123456789abcdef.md: ignored properties: Created.'])
  })

  it('keeps an ordinary first paragraph that only looks like a property', () => {
    const { doc: content } = parseMarkdownFile('# Goals\n\nGoal: ship by Friday\n', 'goals.md')
    expect(content).toEqual(doc(p('Goal: ship by Friday')))
  })

  it('keeps a level-1 heading that is not the first block', () => {
    const { meta, doc: content } = parseMarkdownFile('Intro\n\n# Later heading', 'intro-notes.md')
    expect(meta.title).toBe('Intro notes')
    expect(content).toEqual(doc(p('Intro'), h1('Later heading')))
  })
})
