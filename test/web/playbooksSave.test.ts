import { Dexie } from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { emptyRaci, type Playbook, type PlaybookDoc } from '../../src/shared/domain/playbooks/playbook'
import { db } from '../../src/renderer/src/db/db'
import { createPlaybook, getDraft, getPlaybook, savePlaybookChanges, writeDraft } from '../../src/renderer/src/db/playbooks'
import { Autosaver, type AutosaverPorts } from '../../src/renderer/src/features/playbooks/editor/autosaver'
import { listRecoverableDrafts, recoverableDraft } from '../../src/renderer/src/features/playbooks/editor/recoverableDrafts'
import { stashDraft, stashedDraft } from '../../src/renderer/src/features/playbooks/editor/unloadStash'
import { discardDraft } from '../../src/renderer/src/db/playbooks'

const text = (value: string): PlaybookDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }] })

function newPlaybook(title = 'Weekly triage', content = text('Read every item')): Promise<Playbook> {
  return createPlaybook({ title, summary: '', category: 'process', tags: [], raci: emptyRaci(), status: 'draft', content, revision: 1, isTemplate: false })
}

const fast = { debounceMs: 20, draftEveryMs: 40, retryMs: [30, 60] }
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function autosaverFor(playbook: Playbook, content: () => PlaybookDoc, extra: Partial<AutosaverPorts> = {}, timing = fast): Autosaver {
  const saver = new Autosaver(playbook.id, playbook.revision, { save: savePlaybookChanges, writeDraft, discardDraft, now: () => new Date().toISOString(), ...extra }, timing)
  saver.setWorkingSource(() => ({ title: saver.getSnapshot().pending.title ?? playbook.title, content: content() }))
  return saver
}

describe('saving a playbook', () => {
  it('saves changes made against the stored revision and moves the revision on', async () => {
    const playbook = await newPlaybook()
    const outcome = await savePlaybookChanges(playbook.id, playbook.revision, { content: text('Read every item twice'), reviewCadenceDays: 30 })
    expect(outcome.kind).toBe('saved')
    const stored = await getPlaybook(playbook.id)
    expect(stored?.revision).toBe(playbook.revision + 1)
    expect(stored?.content).toEqual(text('Read every item twice'))
    expect(stored?.nextReviewAt).toBeDefined()
  })

  it('refuses a save made against an older revision and overwrites nothing', async () => {
    const playbook = await newPlaybook()
    await savePlaybookChanges(playbook.id, playbook.revision, { content: text('Saved in the other window') })
    const outcome = await savePlaybookChanges(playbook.id, playbook.revision, { content: text('Typed in this window'), title: 'Mine' })
    expect(outcome.kind).toBe('conflict')
    if (outcome.kind === 'conflict') expect(outcome.theirs.content).toEqual(text('Saved in the other window'))
    const stored = await getPlaybook(playbook.id)
    expect(stored?.content).toEqual(text('Saved in the other window'))
    expect(stored?.title).toBe('Weekly triage')
  })

  it('clears a field set to undefined, such as the owner', async () => {
    const playbook = await createPlaybook({ ...(await newPlaybook()), id: 'owned', ownerId: 'person-1' })
    await savePlaybookChanges(playbook.id, playbook.revision, { ownerId: undefined })
    const stored = await getPlaybook(playbook.id)
    expect(stored && 'ownerId' in stored).toBe(false)
  })

  it('reports a playbook deleted meanwhile instead of recreating it', async () => {
    expect((await savePlaybookChanges('gone', 1, { title: 'x' })).kind).toBe('missing')
    expect(await db.playbooks.count()).toBe(0)
  })
})

describe('the autosaver', () => {
  it('saves shortly after the last change and deletes the recovery draft', async () => {
    const playbook = await newPlaybook()
    let content = playbook.content
    const saver = autosaverFor(playbook, () => content)
    content = text('Read every item, then tag it')
    saver.change({ content })
    expect(saver.getSnapshot().status).toBe('dirty')
    await pause(150)
    expect(saver.getSnapshot().status).toBe('saved')
    expect((await getPlaybook(playbook.id))?.content).toEqual(content)
    expect(await getDraft(playbook.id)).toBeUndefined()
  })

  it('writes a recovery draft while changes keep coming, before any save', async () => {
    const playbook = await newPlaybook()
    let content = playbook.content
    // The debounced save never comes due here, so only the draft timer can write: no race with a slow machine.
    const saver = autosaverFor(playbook, () => content, {}, { debounceMs: 60_000, draftEveryMs: 40, retryMs: [60_000] })
    for (let index = 0; index < 6; index++) {
      content = text(`Typing ${'.'.repeat(index)}`)
      saver.change({ content })
      await pause(10)
    }
    await vi.waitFor(async () => expect(await getDraft(playbook.id)).toBeDefined())
    const draft = await getDraft(playbook.id)
    expect(draft?.content.type).toBe('doc')
    expect(draft?.baseRevision).toBe(playbook.revision)
    expect((await getPlaybook(playbook.id))?.content).toEqual(playbook.content)
    await saver.flush()
    expect((await getPlaybook(playbook.id))?.content).toEqual(content)
  })

  it('on a full disk keeps the text, stashes it outside the database, says so, and saves it by itself once writes work again', async () => {
    const playbook = await newPlaybook()
    const typed = text('Typed while the disk was full')
    let diskFull = true
    const stashed: string[] = []
    const saver = autosaverFor(playbook, () => typed, {
      save: (id, revision, changes) => (diskFull ? Promise.reject(new Dexie.AbortError('Transaction aborted', new DOMException('Quota exceeded', 'QuotaExceededError'))) : savePlaybookChanges(id, revision, changes)),
      writeDraft: () => (diskFull ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : Promise.resolve()),
      stash: (draft) => stashed.push(JSON.stringify(draft.content))
    })
    saver.change({ content: typed })
    await saver.flush()
    expect(saver.getSnapshot()).toMatchObject({ status: 'error', pending: { content: typed } })
    expect(saver.getSnapshot().error).toMatch(/disk is full/)
    expect(stashed.at(-1)).toBe(JSON.stringify(typed))
    expect((await getPlaybook(playbook.id))?.content).toEqual(playbook.content)

    // The retries keep failing while the disk is full; then space is freed and the next retry saves, untouched by the user.
    await pause(80)
    expect(saver.getSnapshot().status).toBe('error')
    diskFull = false
    await vi.waitFor(() => expect(saver.getSnapshot().status).toBe('saved'), { timeout: 2000 })
    expect((await getPlaybook(playbook.id))?.content).toEqual(typed)
  })

  it('flushes at once on request (Ctrl+S, blur, navigation)', async () => {
    const playbook = await newPlaybook()
    const saver = autosaverFor(playbook, () => text('Flushed'))
    saver.change({ title: 'Flushed title' })
    await saver.flush()
    expect((await getPlaybook(playbook.id))?.title).toBe('Flushed title')
    expect(saver.getSnapshot()).toMatchObject({ status: 'saved', pending: {}, baseRevision: playbook.revision + 1 })
  })

  it('stops at a conflict, keeps the text as a draft, and overwrites only when told to keep mine', async () => {
    const playbook = await newPlaybook()
    const mine = text('Mine')
    const saver = autosaverFor(playbook, () => mine)
    await savePlaybookChanges(playbook.id, playbook.revision, { content: text('Theirs') })
    saver.change({ content: mine })
    await saver.flush()
    expect(saver.getSnapshot().status).toBe('conflict')
    expect(saver.getSnapshot().theirs?.content).toEqual(text('Theirs'))
    expect((await getPlaybook(playbook.id))?.content).toEqual(text('Theirs'))
    await pause(30)
    expect((await getDraft(playbook.id))?.content).toEqual(mine)

    await saver.keepMine()
    expect(saver.getSnapshot().status).toBe('saved')
    expect((await getPlaybook(playbook.id))?.content).toEqual(mine)
    expect((await getPlaybook(playbook.id))?.revision).toBe(playbook.revision + 2)
  })

  it('takes theirs: drops the unsaved text and its draft, writes nothing', async () => {
    const playbook = await newPlaybook()
    const saver = autosaverFor(playbook, () => text('Mine'))
    await savePlaybookChanges(playbook.id, playbook.revision, { content: text('Theirs') })
    saver.change({ content: text('Mine') })
    await saver.flush()
    await saver.takeTheirs()
    expect(saver.getSnapshot()).toMatchObject({ status: 'saved', pending: {}, baseRevision: playbook.revision + 1 })
    expect((await getPlaybook(playbook.id))?.content).toEqual(text('Theirs'))
    expect(await getDraft(playbook.id)).toBeUndefined()
  })

  it('follows another window only when nothing is unsaved here', async () => {
    const playbook = await newPlaybook()
    const saver = autosaverFor(playbook, () => playbook.content)
    expect(saver.follow({ revision: 5 })).toBe(true)
    expect(saver.getSnapshot().baseRevision).toBe(5)
    saver.change({ summary: 'Unsaved' })
    expect(saver.follow({ revision: 6 })).toBe(false)
    expect(saver.getSnapshot().baseRevision).toBe(5)
  })

  it('clears the unload stash once a save leaves nothing unsaved', async () => {
    const playbook = await newPlaybook()
    const cleared: string[] = []
    const saver = autosaverFor(playbook, () => text('x'), { afterSave: (id) => cleared.push(id) })
    saver.change({ content: text('x') })
    await saver.flush()
    expect(cleared).toEqual([playbook.id])
  })
})

describe('recovering unsaved text', () => {
  const before = '2999-01-01T00:00:00.000Z'

  it('offers a draft a closed window left, with its playbook', async () => {
    const playbook = await newPlaybook()
    await writeDraft({ playbookId: playbook.id, title: playbook.title, content: text('Typed before the crash'), baseRevision: 1, savedAt: '2026-03-01T10:00:00.000Z' })
    const found = await recoverableDraft(playbook.id, before)
    expect(found?.draft.content).toEqual(text('Typed before the crash'))
    expect((await listRecoverableDrafts(before)).map((entry) => entry.playbook.title)).toEqual(['Weekly triage'])
  })

  it('prefers the newer of the database draft and the unload stash', async () => {
    const playbook = await newPlaybook()
    await writeDraft({ playbookId: playbook.id, title: playbook.title, content: text('Two seconds old'), baseRevision: 1, savedAt: '2026-03-01T10:00:00.000Z' })
    stashDraft({ playbookId: playbook.id, title: playbook.title, content: text('Typed as the window closed'), baseRevision: 1, savedAt: '2026-03-01T10:00:02.000Z' })
    expect((await recoverableDraft(playbook.id, before))?.draft.content).toEqual(text('Typed as the window closed'))
    expect(stashedDraft(playbook.id)).toBeDefined()
    localStorage.clear()
  })

  it('ignores a draft that says what is already saved, and drafts written by this window', async () => {
    const playbook = await newPlaybook()
    await writeDraft({ playbookId: playbook.id, title: playbook.title, content: playbook.content, baseRevision: 1, savedAt: '2026-03-01T10:00:00.000Z' })
    expect(await recoverableDraft(playbook.id, before)).toBeUndefined()
    await writeDraft({ playbookId: playbook.id, title: 'Other', content: text('New'), baseRevision: 1, savedAt: '2026-03-01T10:00:00.000Z' })
    expect(await recoverableDraft(playbook.id, '2026-01-01T00:00:00.000Z')).toBeUndefined()
  })
})

describe('following other windows', () => {
  it('never follows a stale read back to the revision before its own save', async () => {
    const playbook = await newPlaybook()
    const saver = autosaverFor(playbook, () => text('Mine'))
    saver.change({ content: text('Mine') })
    await saver.flush()
    expect(saver.follow({ revision: playbook.revision })).toBe(true)
    expect(saver.getSnapshot().baseRevision).toBe(playbook.revision + 1)
  })
})
