import { Dexie } from 'dexie'
import type { PlaybookDraft } from '@shared/domain/playbooks/draft'
import type { Playbook, PlaybookVersion, Run } from '@shared/domain/playbooks/playbook'
import { markReviewed, withNextReview } from '@shared/domain/playbooks/reviewState'
import { setBlocked, toggleStep, type StepCheck } from '@shared/domain/playbooks/runProgress'
import { startRun, type RunStart } from '@shared/domain/playbooks/startRun'
import type { NewPlaybook } from '@shared/domain/playbooks/templates'
import { nextVersionNumber, restoreMessage, restoreVersion, type VersionBump } from '@shared/domain/playbooks/versions'
import { db } from './db'
import { clock, stampNew } from './stamp'

/** The fields the editor writes; everything else (reviews, versions) has its own operation. */
export const editableFields = ['title', 'summary', 'category', 'tags', 'ownerId', 'raci', 'status', 'reviewCadenceDays', 'content'] as const
export type EditableField = (typeof editableFields)[number]
export type PlaybookChanges = Partial<Pick<Playbook, EditableField>>

export async function listPlaybooks(): Promise<Playbook[]> {
  const playbooks = await db.playbooks.orderBy('updatedAt').reverse().toArray()
  return playbooks.filter((playbook) => !playbook.isTemplate)
}

/** Playbooks saved with "Save as template", for the template picker. */
export async function listSavedTemplates(): Promise<Playbook[]> {
  const playbooks = await db.playbooks.toArray()
  return playbooks.filter((playbook) => playbook.isTemplate).sort((a, b) => a.title.localeCompare(b.title))
}

export function getPlaybook(id: string): Promise<Playbook | undefined> {
  return db.playbooks.get(id)
}

/** A new playbook from the template picker, an import or "Save as template"; revision 1, next review derived. */
export async function createPlaybook(input: NewPlaybook & { id?: string }): Promise<Playbook> {
  const record = withNextReview(stampNew<Playbook>({ ...input, revision: Math.max(1, input.revision) }))
  await db.playbooks.add(record)
  return record
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}

export type SaveOutcome = { kind: 'saved'; playbook: Playbook } | { kind: 'conflict'; theirs: Playbook } | { kind: 'missing' }

/**
 * Saves the editor's changes only if nobody saved since the editor read `baseRevision`: a second window that saved
 * meanwhile makes this a conflict for the user to resolve, never a silent overwrite. A field set to undefined is cleared.
 */
export function savePlaybookChanges(id: string, baseRevision: number, changes: PlaybookChanges): Promise<SaveOutcome> {
  return db.transaction('rw', db.playbooks, db.playbookDrafts, async (): Promise<SaveOutcome> => {
    const stored = await db.playbooks.get(id)
    if (!stored) return { kind: 'missing' }
    if (stored.revision !== baseRevision) return { kind: 'conflict', theirs: stored }
    const next = withoutUndefined(withNextReview({ ...stored, ...changes, revision: stored.revision + 1, updatedAt: clock.now() }))
    await db.playbooks.put(next)
    await db.playbookDrafts.delete(id)
    return { kind: 'saved', playbook: next }
  })
}

export function getDraft(playbookId: string): Promise<PlaybookDraft | undefined> {
  return db.playbookDrafts.get(playbookId)
}

export async function writeDraft(draft: PlaybookDraft): Promise<void> {
  await db.playbookDrafts.put(draft)
}

export async function discardDraft(playbookId: string): Promise<void> {
  await db.playbookDrafts.delete(playbookId)
}

export function listDrafts(): Promise<PlaybookDraft[]> {
  return db.playbookDrafts.toArray()
}

export function listVersions(playbookId: string): Promise<PlaybookVersion[]> {
  return db.playbookVersions
    .where('[playbookId+number]')
    .between([playbookId, Dexie.minKey], [playbookId, Dexie.maxKey])
    .reverse()
    .toArray()
}

async function latestVersion(playbookId: string): Promise<PlaybookVersion | undefined> {
  return (await listVersions(playbookId))[0]
}

export interface PublishInput {
  message: string
  bump: VersionBump
  by?: string
}

/** Publishes what is saved now as the next version; a draft playbook becomes published. */
export function publishPlaybook(playbookId: string, input: PublishInput): Promise<PlaybookVersion> {
  return db.transaction('rw', db.playbooks, db.playbookVersions, async () => {
    const playbook = await db.playbooks.get(playbookId)
    if (!playbook) throw new Error('That playbook no longer exists. It may have been deleted in another window.')
    const number = nextVersionNumber(await listVersions(playbookId), input.bump)
    const version = stampNew<PlaybookVersion>({
      playbookId,
      ...number,
      message: input.message.trim() || (number.number === 1 ? 'First version' : 'Updated'),
      title: playbook.title,
      content: structuredClone(playbook.content),
      ...(input.by ? { createdBy: input.by } : {})
    })
    await db.playbookVersions.add(version)
    await db.playbooks.put({
      ...playbook,
      publishedVersion: version.number,
      status: playbook.status === 'draft' ? 'published' : playbook.status,
      updatedAt: clock.now()
    })
    return version
  })
}

/**
 * Puts an old version's title and content back and publishes them as a new version: history is never rewritten.
 * The playbook's revision moves on, so an editor holding unsaved older text is told of the change.
 */
export function restorePlaybookVersion(versionId: string, by?: string): Promise<PlaybookVersion> {
  return db.transaction('rw', db.playbooks, db.playbookVersions, db.playbookDrafts, async () => {
    const old = await db.playbookVersions.get(versionId)
    if (!old) throw new Error('That version no longer exists.')
    const playbook = await db.playbooks.get(old.playbookId)
    if (!playbook) throw new Error('That playbook no longer exists. It may have been deleted in another window.')
    const restored = restoreVersion(playbook, old)
    const number = nextVersionNumber(await listVersions(playbook.id), 'minor')
    const version = stampNew<PlaybookVersion>({
      playbookId: playbook.id,
      ...number,
      message: restoreMessage(old),
      title: restored.title,
      content: structuredClone(restored.content),
      ...(by ? { createdBy: by } : {})
    })
    await db.playbookVersions.add(version)
    await db.playbooks.put({ ...restored, revision: playbook.revision + 1, publishedVersion: version.number, updatedAt: clock.now() })
    await db.playbookDrafts.delete(playbook.id)
    return version
  })
}

/** Records a review (who and when) and moves the next review day; the document itself is untouched. */
export async function markPlaybookReviewed(playbookId: string, by: string): Promise<void> {
  await db.transaction('rw', db.playbooks, async () => {
    const playbook = await db.playbooks.get(playbookId)
    if (!playbook) throw new Error('That playbook no longer exists. It may have been deleted in another window.')
    const now = clock.now()
    await db.playbooks.put({ ...markReviewed(playbook, by, now), updatedAt: now })
  })
}

/** Sets or clears the owner without touching the document (from the review dashboard). */
export async function setPlaybookOwner(playbookId: string, ownerId: string | undefined): Promise<void> {
  await db.transaction('rw', db.playbooks, async () => {
    const playbook = await db.playbooks.get(playbookId)
    if (!playbook) throw new Error('That playbook no longer exists. It may have been deleted in another window.')
    const next: Playbook = { ...playbook, updatedAt: clock.now() }
    if (ownerId) next.ownerId = ownerId
    else delete next.ownerId
    await db.playbooks.put(next)
  })
}

export interface PlaybookBundle {
  playbook: Playbook
  versions: PlaybookVersion[]
  runs: Run[]
  draft?: PlaybookDraft
}

/** Deletes a playbook with its versions, runs and draft in one transaction; the bundle undoes it. */
export function deletePlaybook(playbookId: string): Promise<PlaybookBundle | undefined> {
  return db.transaction('rw', db.playbooks, db.playbookVersions, db.runs, db.playbookDrafts, async () => {
    const playbook = await db.playbooks.get(playbookId)
    if (!playbook) return undefined
    const versions = await listVersions(playbookId)
    const runs = await db.runs.where('playbookId').equals(playbookId).toArray()
    const draft = await db.playbookDrafts.get(playbookId)
    await db.playbookVersions.bulkDelete(versions.map((version) => version.id))
    await db.runs.bulkDelete(runs.map((run) => run.id))
    await db.playbookDrafts.delete(playbookId)
    await db.playbooks.delete(playbookId)
    return { playbook, versions, runs, ...(draft ? { draft } : {}) }
  })
}

export async function restoreBundle(bundle: PlaybookBundle): Promise<void> {
  await db.transaction('rw', db.playbooks, db.playbookVersions, db.runs, db.playbookDrafts, async () => {
    await db.playbooks.put(bundle.playbook)
    await db.playbookVersions.bulkPut(bundle.versions)
    await db.runs.bulkPut(bundle.runs)
    if (bundle.draft) await db.playbookDrafts.put(bundle.draft)
  })
}

// Runs

export function listActiveRuns(): Promise<Run[]> {
  return db.runs.where('status').anyOf('active', 'blocked').toArray()
}

export async function listRunsOfPlaybook(playbookId: string): Promise<Run[]> {
  const runs = await db.runs.where('playbookId').equals(playbookId).toArray()
  return runs.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

export function getRun(runId: string): Promise<Run | undefined> {
  return db.runs.get(runId)
}

export interface StartRunInput extends RunStart {
  /** Copy the steps of the latest published version (the default) or of the current draft. */
  from: 'published' | 'draft'
}

export function startPlaybookRun(playbookId: string, input: StartRunInput): Promise<Run> {
  return db.transaction('rw', db.playbooks, db.playbookVersions, db.runs, async () => {
    const playbook = await db.playbooks.get(playbookId)
    if (!playbook) throw new Error('That playbook no longer exists. It may have been deleted in another window.')
    const version = input.from === 'published' ? await latestVersion(playbookId) : undefined
    const run = stampNew<Run>(startRun(playbook, version, input))
    await db.runs.add(run)
    return run
  })
}

/** One training run per person, from the latest published version (or the draft when none is published). */
export function assignTraining(playbookId: string, personIds: string[], names: ReadonlyMap<string, string>): Promise<Run[]> {
  return db.transaction('rw', db.playbooks, db.playbookVersions, db.runs, async () => {
    const playbook = await db.playbooks.get(playbookId)
    if (!playbook) throw new Error('That playbook no longer exists. It may have been deleted in another window.')
    const version = await latestVersion(playbookId)
    const runs = personIds.map((assigneeId) =>
      stampNew<Run>(startRun(playbook, version, { assigneeId, kind: 'training', title: `${playbook.title}: ${names.get(assigneeId) ?? 'training'}` }))
    )
    await db.runs.bulkAdd(runs)
    return runs
  })
}

async function updateRun(runId: string, change: (run: Run) => Run): Promise<Run> {
  return db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId)
    if (!run) throw new Error('That run no longer exists. It may have been deleted in another window.')
    const next = { ...change(run), updatedAt: clock.now() }
    await db.runs.put(next)
    return next
  })
}

/** Checks or unchecks a step against the stored run, so two windows checking different steps both count. */
export function checkRunStep(runId: string, stepId: string, check: StepCheck): Promise<Run> {
  return updateRun(runId, (run) => toggleStep(run, stepId, check))
}

export function setRunBlocked(runId: string, reason: string | undefined): Promise<Run> {
  return updateRun(runId, (run) => setBlocked(run, reason))
}

/** Every published version of every playbook. */
export function listAllVersions(): Promise<PlaybookVersion[]> {
  return db.playbookVersions.toArray()
}
