import { Dexie } from 'dexie'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { HtmlNode } from '../../src/shared/playbookImport/htmlToDocument'
import { planImport } from '../../src/shared/playbookImport/planImport'
import { expandZips, readBatch } from '../../src/shared/playbookImport/readBatch'
import { OpsdeckDatabase, db } from '../../src/renderer/src/db/db'
import { listVersions } from '../../src/renderer/src/db/playbooks'
import { applyImportPlan, existingForImport, undoPlaybookImport } from '../../src/renderer/src/db/playbookImport'
import { clock } from '../../src/renderer/src/db/stamp'
import { fixtureBatch, samplePng } from './playbookFixtures'

const parseHtml = (text: string): HtmlNode => new DOMParser().parseFromString(text, 'text/html') as unknown as HtmlNode

async function planFolder(files: { path: string; bytes: Uint8Array }[]) {
  const expanded = await expandZips(files, async (bytes) => unzipSync(bytes))
  const read = readBatch(expanded.files, parseHtml)
  return planImport({ ...read, existing: await existingForImport(), people: await db.people.toArray(), newId: clock.newId })
}

const notionZip = () => [{ path: 'Notion export.zip', bytes: zipSync(Object.fromEntries(fixtureBatch('notion').map((file) => [file.path, file.bytes]))) }]

describe('writing a playbook import', () => {
  it('adds the playbooks, their new owners, images and a first published version in one go', async () => {
    const record = await applyImportPlan(await planFolder(notionZip()), 'Notion export.zip')
    const playbooks = await db.playbooks.toArray()
    expect(playbooks.map((playbook) => playbook.title).sort()).toEqual(['Escalation policy', 'Support operations'])
    const people = await db.people.toArray()
    expect(people.map((person) => person.name).sort()).toEqual(['Dana Whitfield', 'Lee Marsh'])
    const support = playbooks.find((playbook) => playbook.title === 'Support operations')
    expect(support?.ownerId).toBe(people.find((person) => person.name === 'Dana Whitfield')?.id)
    expect(support).toMatchObject({ status: 'published', publishedVersion: 1, source: { tool: 'notion', id: '5f0c1a2b3c4d4e5f8a9b0c1d2e3f4a5b' } })
    expect((await listVersions(support?.id as string)).map((version) => [version.major, version.minor])).toEqual([[1, 0]])
    const images = await db.playbookImages.toArray()
    expect(images).toHaveLength(2)
    // fake-indexeddb cannot clone a Blob; Chromium stores it (the end-to-end test shows the images).
    expect(images.map((image) => [image.name, image.type, image.size]).sort()).toEqual([['Untitled.png', 'image/png', 83], ['queue-dashboard.png', 'image/png', 83]])
    expect(record.rows.find((row) => row.title === 'Support operations')?.notes).toContain('Published in the source: published here as version 1.0.')
  })

  it('updates on a second import, publishing again only when the text changed', async () => {
    await applyImportPlan(await planFolder(notionZip()), 'first')
    const again = await planFolder(notionZip())
    expect(again.playbooks.every((playbook) => playbook.action === 'update')).toBe(true)
    expect(again.people).toEqual([])
    await applyImportPlan(again, 'second')
    expect(await db.playbooks.count()).toBe(2)
    expect(await db.people.count()).toBe(2)
    const support = (await db.playbooks.toArray()).find((playbook) => playbook.title === 'Support operations')
    expect((await listVersions(support?.id as string)).length).toBe(1)
    expect(support?.revision).toBe(2)
  })

  it('undoes the whole batch: new playbooks, people and images go, updated playbooks come back', async () => {
    const first = await applyImportPlan(await planFolder(fixtureBatch('markdown')), 'markdown')
    const before = await db.playbooks.toArray()
    const second = await applyImportPlan(await planFolder([...fixtureBatch('markdown'), ...fixtureBatch('obsidian')]), 'both')
    expect(await db.playbooks.count()).toBe(5)
    await undoPlaybookImport(second.id)
    expect((await db.playbooks.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)))
    expect(await db.playbookImages.count()).toBe(0)
    expect((await db.people.toArray()).map((person) => person.name)).toEqual(['Dana Whitfield'])
    await expect(undoPlaybookImport(second.id)).rejects.toThrow('already undone')
    await undoPlaybookImport(first.id)
    expect(await db.playbooks.count()).toBe(0)
    expect(await db.playbookVersions.count()).toBe(0)
  })

  it('writes nothing when one write fails', async () => {
    const plan = await planFolder(notionZip())
    const clash = plan.images[0]?.id as string
    await db.playbookImages.add({ id: clash, name: 'x.png', type: 'image/png', blob: new Blob([]), size: 0, createdAt: clock.now() })
    await expect(applyImportPlan(plan, 'clash')).rejects.toThrow()
    expect(await db.playbooks.count()).toBe(0)
    expect(await db.people.count()).toBe(0)
    expect(await db.playbookImports.count()).toBe(0)
  })
})

describe('database version 5', () => {
  it('opens a database made by version 4 with its playbooks and adds the image and import tables', async () => {
    db.close()
    await Dexie.delete('opsdeck-v4')
    const old = new Dexie('opsdeck-v4')
    old.version(4).stores({ playbooks: 'id, status, category, ownerId, nextReviewAt, updatedAt', counters: 'key' })
    await old.open()
    await old.table('playbooks').add({ id: 'p1', title: 'Kept', updatedAt: '2025-01-01' })
    old.close()
    const upgraded = new OpsdeckDatabase('opsdeck-v4')
    await upgraded.open()
    expect(upgraded.verno).toBe(db.verno)
    expect((await upgraded.playbooks.get('p1'))?.title).toBe('Kept')
    expect(await upgraded.playbookImages.count()).toBe(0)
    expect(await upgraded.playbookImports.count()).toBe(0)
    upgraded.close()
    await db.open()
  })
})

describe('exports carry images', () => {
  it('brings a JSON export back with its images, and a Markdown zip back through the import', async () => {
    const { imageFileNames, markdownZip, withImageSources } = await import('../../src/renderer/src/features/playbooks/io/exportImages')
    const { playbookToJson } = await import('../../src/renderer/src/features/playbooks/io/playbookJson')
    const { prepareImport } = await import('../../src/renderer/src/features/playbooks/import/prepareImport')
    const { playbookToMarkdownFile } = await import('../../src/shared/markdown')
    await applyImportPlan(await planFolder(notionZip()), 'first')
    const playbook = (await db.playbooks.toArray()).find((candidate) => candidate.title === 'Support operations')
    if (!playbook) throw new Error('not imported')
    const stored = (await db.playbookImages.toArray()).filter((image) => image.playbookId === playbook.id)
    const images = stored.map((image) => ({ id: image.id, name: image.name, type: image.type, bytes: samplePng }))

    const json = playbookToJson(playbook, await listVersions(playbook.id), clock.now(), images)
    await db.delete()
    await db.open()
    const fromJson = await prepareImport([{ path: 'Support operations.json', bytes: new TextEncoder().encode(json) }])
    await applyImportPlan(fromJson.plan, 'json', fromJson.json)
    expect((await db.playbooks.toArray()).map((candidate) => candidate.title)).toEqual(['Support operations'])
    expect((await db.playbookImages.toArray()).map((image) => [image.id, image.size])).toEqual(images.map((image) => [image.id, samplePng.byteLength]))

    await db.delete()
    await db.open()
    const names = imageFileNames(images)
    const markdown = playbookToMarkdownFile({ ...playbook, content: withImageSources(playbook.content, names) })
    expect(markdown).toContain('![Queue dashboard](<images/queue-dashboard.png>)')
    const zip = markdownZip('Support operations.md', markdown, images, names)
    const fromZip = await prepareImport([{ path: 'Support operations.zip', bytes: zip }])
    expect(fromZip.plan.rows.find((row) => row.path === 'Support operations.md')).toMatchObject({ status: 'new', images: 1 })
    expect(fromZip.plan.rows.find((row) => row.path === 'images/queue-dashboard.png')).toMatchObject({ status: 'image' })
  })
})

describe('exported files', () => {
  it('keep the words of links to other playbooks and drop the in-app address', async () => {
    const { withoutInAppLinks } = await import('../../src/renderer/src/features/playbooks/io/exportImages')
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Escalation policy', marks: [{ type: 'link', attrs: { href: '#/playbooks/abc' } }, { type: 'bold' }] }, { type: 'text', text: ' and ' }, { type: 'text', text: 'status', marks: [{ type: 'link', attrs: { href: 'https://status.example.com' } }] }] }] }
    expect(withoutInAppLinks(doc)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Escalation policy', marks: [{ type: 'bold' }] }, { type: 'text', text: ' and ' }, { type: 'text', text: 'status', marks: [{ type: 'link', attrs: { href: 'https://status.example.com' } }] }] }] })
  })
})
