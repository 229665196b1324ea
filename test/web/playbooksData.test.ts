import { describe, expect, it } from 'vitest'
import type { DesktopBridge, OpenedFile } from '../../src/shared/bridge'
import { emptyRaci, type Playbook, type PlaybookDoc } from '../../src/shared/domain/playbooks/playbook'
import { db } from '../../src/renderer/src/db/db'
import { peopleRepository } from '../../src/renderer/src/db/people'
import {
  assignTraining,
  checkRunStep,
  createPlaybook,
  deletePlaybook,
  getPlaybook,
  getRun,
  listRunsOfPlaybook,
  listVersions,
  publishPlaybook,
  restoreBundle,
  restorePlaybookVersion,
  savePlaybookChanges,
  setRunBlocked,
  startPlaybookRun
} from '../../src/renderer/src/db/playbooks'
import { markdownToPlaybook } from '../../src/renderer/src/features/playbooks/io/importMarkdown'
import { fileBaseName } from '../../src/renderer/src/features/playbooks/io/fileName'
import { parsePlaybookJson, playbookToJson } from '../../src/renderer/src/features/playbooks/io/playbookJson'
import { chunkBytes, readOpenedFile } from '../../src/renderer/src/features/playbooks/io/readOpenedFile'
import { emptyFilter, filterPlaybooks } from '../../src/renderer/src/features/playbooks/library/filterPlaybooks'

const steps = (...items: string[]): PlaybookDoc => ({
  type: 'doc',
  content: [{ type: 'taskList', content: items.map((item) => ({ type: 'taskItem', attrs: { checked: false }, content: [{ type: 'paragraph', content: [{ type: 'text', text: item }] }] })) }]
})

function newPlaybook(fields: Partial<Playbook> = {}): Promise<Playbook> {
  return createPlaybook({ title: 'Launch checklist', summary: '', category: 'process', tags: [], raci: emptyRaci(), status: 'draft', content: steps('Brief support'), revision: 1, isTemplate: false, ...fields })
}

describe('versions', () => {
  it('publishes what is saved as 1.0, then counts minor and major versions', async () => {
    const playbook = await newPlaybook()
    const first = await publishPlaybook(playbook.id, { message: 'First', bump: 'major', by: 'maya' })
    expect(first).toMatchObject({ number: 1, major: 1, minor: 0, createdBy: 'maya', title: 'Launch checklist' })
    expect(await getPlaybook(playbook.id)).toMatchObject({ status: 'published', publishedVersion: 1, revision: 1 })
    await savePlaybookChanges(playbook.id, 1, { content: steps('Brief support', 'Brief sales') })
    expect(await publishPlaybook(playbook.id, { message: 'Sales too', bump: 'minor' })).toMatchObject({ number: 2, major: 1, minor: 1 })
    expect(await publishPlaybook(playbook.id, { message: 'New flow', bump: 'major' })).toMatchObject({ number: 3, major: 2, minor: 0 })
    expect((await listVersions(playbook.id)).map((version) => version.number)).toEqual([3, 2, 1])
  })

  it('restores an old version as a new version, keeping every other version', async () => {
    const playbook = await newPlaybook()
    const first = await publishPlaybook(playbook.id, { message: 'First', bump: 'major' })
    await savePlaybookChanges(playbook.id, 1, { content: steps('Something else'), title: 'Renamed' })
    await publishPlaybook(playbook.id, { message: 'Second', bump: 'minor' })
    const restored = await restorePlaybookVersion(first.id)
    expect(restored).toMatchObject({ number: 3, major: 1, minor: 2, message: 'Restored version 1.0', title: 'Launch checklist' })
    const stored = await getPlaybook(playbook.id)
    expect(stored).toMatchObject({ title: 'Launch checklist', content: steps('Brief support'), revision: 3, publishedVersion: 3 })
    expect(await listVersions(playbook.id)).toHaveLength(3)
  })
})

describe('runs', () => {
  it('freezes the steps of the latest published version, or of the current text', async () => {
    const playbook = await newPlaybook()
    await publishPlaybook(playbook.id, { message: 'First', bump: 'major' })
    await savePlaybookChanges(playbook.id, 1, { content: steps('Brief support', 'Unpublished step') })
    const published = await startPlaybookRun(playbook.id, { from: 'published', assigneeId: 'maya', dueAt: '2026-04-01' })
    expect(published).toMatchObject({ playbookVersion: 1, assigneeId: 'maya', dueAt: '2026-04-01', status: 'active', kind: 'checklist' })
    expect(published.steps.map((step) => step.text)).toEqual(['Brief support'])
    const draft = await startPlaybookRun(playbook.id, { from: 'draft' })
    expect(draft.playbookVersion).toBeUndefined()
    expect(draft.steps.map((step) => step.text)).toEqual(['Brief support', 'Unpublished step'])

    await savePlaybookChanges(playbook.id, 2, { content: steps('Everything changed') })
    expect((await getRun(published.id))?.steps.map((step) => step.text)).toEqual(['Brief support'])
  })

  it('records who checked a step and when, and completes the run with its last step', async () => {
    const playbook = await newPlaybook({ content: steps('One', 'Two') })
    const run = await startPlaybookRun(playbook.id, { from: 'draft' })
    const [one, two] = run.steps
    await checkRunStep(run.id, one!.id, { by: 'maya', at: '2026-03-02T09:00:00.000Z', done: true, note: 'Done early' })
    expect((await getRun(run.id))?.steps[0]).toMatchObject({ done: true, doneBy: 'maya', doneAt: '2026-03-02T09:00:00.000Z', note: 'Done early' })
    // The same click from a second window changes nothing.
    await checkRunStep(run.id, one!.id, { by: 'jonas', at: '2026-03-02T10:00:00.000Z', done: true })
    expect((await getRun(run.id))?.steps[0]?.doneBy).toBe('maya')
    await checkRunStep(run.id, two!.id, { at: '2026-03-02T11:00:00.000Z', done: true })
    expect(await getRun(run.id)).toMatchObject({ status: 'done', completedAt: '2026-03-02T11:00:00.000Z' })
  })

  it('blocks a run with a reason and unblocks it', async () => {
    const playbook = await newPlaybook()
    const run = await startPlaybookRun(playbook.id, { from: 'draft' })
    expect(await setRunBlocked(run.id, 'Waiting for legal')).toMatchObject({ status: 'blocked', blockedReason: 'Waiting for legal' })
    const unblocked = await setRunBlocked(run.id, undefined)
    expect(unblocked.status).toBe('active')
    expect(unblocked.blockedReason).toBeUndefined()
  })

  it('assigns a training playbook to several people, one training run each', async () => {
    const ada = await peopleRepository.create({ name: 'Ada' })
    const linus = await peopleRepository.create({ name: 'Linus' })
    const playbook = await newPlaybook({ title: 'New PM onboarding', category: 'training' })
    await publishPlaybook(playbook.id, { message: 'First', bump: 'major' })
    const runs = await assignTraining(playbook.id, [ada.id, linus.id], new Map([[ada.id, 'Ada'], [linus.id, 'Linus']]))
    expect(runs.map((run) => [run.title, run.kind, run.playbookVersion])).toEqual([
      ['New PM onboarding: Ada', 'training', 1],
      ['New PM onboarding: Linus', 'training', 1]
    ])
    expect(await listRunsOfPlaybook(playbook.id)).toHaveLength(2)
  })
})

describe('deleting a playbook', () => {
  it('takes its versions and runs with it, and the undo puts everything back', async () => {
    const playbook = await newPlaybook()
    await publishPlaybook(playbook.id, { message: 'First', bump: 'major' })
    await startPlaybookRun(playbook.id, { from: 'published' })
    const bundle = await deletePlaybook(playbook.id)
    expect(bundle?.versions).toHaveLength(1)
    expect(bundle?.runs).toHaveLength(1)
    expect([await db.playbooks.count(), await db.playbookVersions.count(), await db.runs.count()]).toEqual([0, 0, 0])
    await restoreBundle(bundle!)
    expect([await db.playbooks.count(), await db.playbookVersions.count(), await db.runs.count()]).toEqual([1, 1, 1])
  })
})

describe('import and export', () => {
  it('reads a chosen file 1 MiB at a time until an empty chunk, and decodes UTF-8', async () => {
    const text = `# Größe\n\n${'x'.repeat(chunkBytes + 10)}`
    const bytes = new TextEncoder().encode(text)
    const reads: number[] = []
    const bridge: Pick<DesktopBridge, 'readFileChunk'> = {
      readFileChunk: async ({ offset, length }) => {
        reads.push(offset)
        return bytes.slice(offset, offset + length)
      }
    }
    const file: OpenedFile = { token: 't', name: 'big.md', size: bytes.length, lastModified: 0 }
    expect(await readOpenedFile(bridge, file)).toBe(text)
    expect(reads).toEqual([0, chunkBytes, bytes.length])
  })

  it('names the file that is not UTF-8', async () => {
    const bridge: Pick<DesktopBridge, 'readFileChunk'> = { readFileChunk: async ({ offset }) => (offset === 0 ? new Uint8Array([0xff, 0xfe, 0x41]) : new Uint8Array()) }
    await expect(readOpenedFile(bridge, { token: 't', name: 'notes.txt', size: 3, lastModified: 0 })).rejects.toThrow('notes.txt is not UTF-8 text')
  })

  it('imports Markdown with front matter, matching people by name and reporting the unknown ones', async () => {
    const maya = await peopleRepository.create({ name: 'Maya Chen' })
    const markdown = ['---', 'title: Weekly triage', 'category: process', 'tags: [feedback]', 'owner: maya chen', 'raci:', '  informed: [Maya Chen, Grace Hopper]', 'review_cadence_days: 90', '---', '', '## Monday', '', '- [ ] Read every item', ''].join('\n')
    const { playbook, warnings } = markdownToPlaybook(markdown, 'triage.md', [maya])
    expect(playbook).toMatchObject({ title: 'Weekly triage', ownerId: maya.id, tags: ['feedback'], reviewCadenceDays: 90, status: 'draft' })
    expect(playbook.raci.informed).toEqual([maya.id])
    expect(warnings).toEqual(['triage.md: “Grace Hopper” (informed) is not in People; left out.'])
  })

  it('round-trips a playbook and its versions through JSON', async () => {
    const playbook = await newPlaybook()
    await publishPlaybook(playbook.id, { message: 'First', bump: 'major' })
    const stored = (await getPlaybook(playbook.id))!
    const versions = await listVersions(playbook.id)
    const back = parsePlaybookJson(playbookToJson(stored, versions, '2026-03-01T00:00:00.000Z'), 'launch.json')
    expect(back.playbook).toEqual(stored)
    expect(back.versions).toEqual(versions)
  })

  it('holds an imported JSON document to the editor schema: a script node is left out and the file named', async () => {
    const playbook = await newPlaybook()
    const stored = (await getPlaybook(playbook.id))!
    const hostile = { ...stored, content: { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Steps', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] } }
    const back = parsePlaybookJson(playbookToJson(hostile as never, [], '2026-03-01T00:00:00.000Z'), 'hostile.json')
    expect(back.playbook.content).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Steps' }] }] })
    expect(back.warnings).toHaveLength(1)
    expect(back.warnings[0]).toMatch(/^hostile\.json: left out what the editor has no place for: .*unknown node "script".*a link that is not a web, e-mail or Opsdeck link/)
  })

  it('explains, naming the file, what is wrong with a JSON file', () => {
    expect(() => parsePlaybookJson('{', 'a.json')).toThrow(/^a\.json: not valid JSON/)
    expect(() => parsePlaybookJson('{"title": "x"}', 'b.json')).toThrow('b.json: not an Opsdeck playbook export')
    expect(() => parsePlaybookJson('{"format": "opsdeck-playbook", "formatVersion": 1, "playbook": {"id": "p"}, "versions": []}', 'c.json')).toThrow(/^c\.json: playbook\./)
  })

  it('makes file names from titles that every file system accepts', () => {
    expect(fileBaseName('Launch: 2026/Q2 "big" one?')).toBe('Launch- 2026-Q2 -big- one-')
    expect(fileBaseName('  ')).toBe('playbook')
  })
})

describe('the library filter', () => {
  it('matches words anywhere in the title, summary, tags, owner and text', async () => {
    const a = await newPlaybook({ title: 'Launch', tags: ['go-to-market'], ownerId: 'p1' })
    const b = await newPlaybook({ title: 'Triage', content: steps('Tag each item by theme') })
    const names = new Map([['p1', 'Maya Chen']])
    const titles = (text: string) => filterPlaybooks([a, b], { ...emptyFilter, text }, '2026-03-01', names).map((playbook) => playbook.title)
    expect(titles('theme')).toEqual(['Triage'])
    expect(titles('market maya')).toEqual(['Launch'])
    expect(titles('nothing like this')).toEqual([])
  })
})
