import { Dexie } from 'dexie'
import type { Person } from '@shared/domain/people'
import type { Playbook, PlaybookVersion } from '@shared/domain/playbooks/playbook'
import { withNextReview } from '@shared/domain/playbooks/reviewState'
import { nextVersionNumber } from '@shared/domain/playbooks/versions'
import { sourceToolLabel } from '@shared/playbookImport/pages'
import type { ExistingPlaybook, ImportPlan, PlanRow } from '@shared/playbookImport/planImport'
import { db } from './db'
import type { PlaybookImage, PlaybookImportRecord } from './playbookImportTypes'
import { clock } from './stamp'

/** Playbooks as the import plan needs to see them: to match a re-import by its source. */
export async function existingForImport(): Promise<ExistingPlaybook[]> {
  const playbooks = await db.playbooks.toArray()
  return playbooks.filter((playbook) => !playbook.isTemplate).map((playbook) => ({ id: playbook.id, title: playbook.title, ...(playbook.source ? { source: playbook.source } : {}) }))
}

/** A lossless Opsdeck JSON export in the batch: as is, or as a copy with new ids when the playbook is already here. */
export interface JsonBundle {
  path: string
  playbook: Playbook
  versions: PlaybookVersion[]
  images?: { id: string; name: string; type: string; bytes: Uint8Array }[]
}

const sameContent = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

async function versionsOf(playbookId: string): Promise<PlaybookVersion[]> {
  return db.playbookVersions.where('[playbookId+number]').between([playbookId, Dexie.minKey], [playbookId, Dexie.maxKey]).toArray()
}

/**
 * Writes a planned import in one transaction: new people, images, playbooks (created or updated), first published
 * versions, and the record that reports it and undoes it. Nothing is written if any of it fails.
 */
export function applyImportPlan(plan: ImportPlan, name: string, json: JsonBundle[] = []): Promise<PlaybookImportRecord> {
  return db.transaction('rw', [db.playbooks, db.playbookVersions, db.people, db.playbookImages, db.playbookImports], async () => {
    const now = clock.now()
    const record: PlaybookImportRecord = { id: clock.newId(), createdAt: now, name, rows: plan.rows.map((row) => ({ ...row, notes: [...row.notes] })), createdPlaybookIds: [], previousPlaybooks: [], versionIds: [], personIds: [], imageIds: [] }
    const rowOf = (playbookId: string): PlanRow | undefined => record.rows.find((row) => row.playbookId === playbookId)

    const people: Person[] = plan.people.map((person) => ({ id: person.id, name: person.name, ...(person.email ? { email: person.email } : {}), createdAt: now, updatedAt: now }))
    await db.people.bulkAdd(people)
    record.personIds = people.map((person) => person.id)

    const owners = new Map<string, string>()
    for (const planned of plan.playbooks) for (const imageId of planned.imageIds) owners.set(imageId, planned.id)
    // An image imported before into the same playbook from the same file is reused, so a re-import changes nothing.
    const reused = new Map<string, string>()
    for (const image of plan.images) {
      const playbookId = owners.get(image.id)
      if (!playbookId) continue
      const earlier = await db.playbookImages.where('playbookId').equals(playbookId).filter((stored) => stored.sourcePath === image.path && stored.size === image.bytes.byteLength).first()
      if (earlier) reused.set(image.id, earlier.id)
    }
    const plannedPlaybooks = reused.size === 0 ? plan.playbooks : plan.playbooks.map((playbook) => ({ ...playbook, content: JSON.parse(JSON.stringify(playbook.content).replace(/opsdeck-image:([\w-]+)/g, (whole, id: string) => (reused.has(id) ? `opsdeck-image:${reused.get(id) as string}` : whole))) as typeof playbook.content }))
    const images: PlaybookImage[] = plan.images.filter((image) => !reused.has(image.id)).map((image) => ({
      id: image.id,
      ...(owners.has(image.id) ? { playbookId: owners.get(image.id) as string } : {}),
      name: image.path.split('/').pop() ?? image.path,
      type: image.type,
      blob: new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.type }),
      size: image.bytes.byteLength,
      sourcePath: image.path,
      createdAt: now
    }))
    await db.playbookImages.bulkAdd(images)
    record.imageIds = images.map((image) => image.id)

    for (const planned of plannedPlaybooks) {
      const stored = planned.action === 'update' ? await db.playbooks.get(planned.id) : undefined
      const fields = {
        title: planned.title,
        summary: planned.summary || stored?.summary || '',
        category: planned.category ?? stored?.category ?? 'process',
        tags: planned.tags.length > 0 ? planned.tags : (stored?.tags ?? []),
        raci: Object.values(planned.raci).some((ids) => ids.length > 0) || !stored ? planned.raci : stored.raci,
        content: planned.content,
        source: planned.source
      }
      let playbook: Playbook
      if (stored) {
        record.previousPlaybooks.push(stored)
        playbook = { ...stored, ...fields, status: planned.status === 'published' || stored.status !== 'published' ? planned.status : stored.status, revision: stored.revision + 1, updatedAt: now }
      } else {
        playbook = { id: planned.id, createdAt: now, updatedAt: now, ...fields, status: planned.status, revision: 1, isTemplate: false }
        record.createdPlaybookIds.push(planned.id)
      }
      if (planned.ownerId) playbook.ownerId = planned.ownerId
      if (planned.reviewCadenceDays) playbook.reviewCadenceDays = planned.reviewCadenceDays
      if (planned.lastReviewedAt) playbook.lastReviewedAt = planned.lastReviewedAt
      if (planned.lastReviewedBy) playbook.lastReviewedBy = planned.lastReviewedBy
      if (planned.status === 'published') {
        // Published in the source: a first published version, or a new one when the text changed since.
        const versions = stored ? await versionsOf(planned.id) : []
        const latest = versions.reduce<PlaybookVersion | undefined>((best, version) => (!best || version.number > best.number ? version : best), undefined)
        if (!latest || !sameContent(latest.content, playbook.content) || latest.title !== playbook.title) {
          const number = nextVersionNumber(versions, latest ? 'minor' : 'major')
          const version: PlaybookVersion = {
            id: clock.newId(),
            createdAt: now,
            updatedAt: now,
            playbookId: planned.id,
            ...number,
            message: `${latest ? 'Updated' : 'Imported'} from ${sourceToolLabel[planned.source.tool]} (${planned.source.path})`,
            title: playbook.title,
            content: structuredClone(playbook.content)
          }
          await db.playbookVersions.add(version)
          record.versionIds.push(version.id)
          playbook.publishedVersion = version.number
          const row = rowOf(planned.id)
          if (row) row.notes = [...row.notes.filter((note) => !note.startsWith('Published in the source')), `Published in the source: published here as version ${number.major}.${number.minor}.`]
        }
      }
      await db.playbooks.put(withNextReview(playbook))
    }

    for (const bundle of json) {
      const taken = await db.playbooks.get(bundle.playbook.id)
      const id = taken ? clock.newId() : bundle.playbook.id
      const playbook: Playbook = taken ? { ...bundle.playbook, id, title: `${bundle.playbook.title} (imported)`, updatedAt: now } : bundle.playbook
      const versions = bundle.versions.map((version) => (taken ? { ...version, id: clock.newId(), playbookId: id } : version))
      await db.playbooks.add(playbook)
      await db.playbookVersions.bulkAdd(versions)
      for (const image of bundle.images ?? []) {
        // The same image exported before and brought back is already here.
        if (await db.playbookImages.get(image.id)) continue
        await db.playbookImages.add({ id: image.id, playbookId: id, name: image.name, type: image.type, blob: new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.type }), size: image.bytes.byteLength, createdAt: now })
        record.imageIds.push(image.id)
      }
      record.createdPlaybookIds.push(id)
      record.versionIds.push(...versions.map((version) => version.id))
      const row = record.rows.find((candidate) => candidate.path === bundle.path)
      if (row) {
        row.playbookId = id
        row.title = playbook.title
        if (taken) row.notes.push('Already in this workspace: imported as a copy.')
      }
    }

    await db.playbookImports.add(record)
    return record
  })
}

export class ImportUndoError extends Error {}

/** Takes a whole import back in one transaction: its new playbooks, people, images and versions go, updated playbooks return to how they were. */
export function undoPlaybookImport(recordId: string): Promise<PlaybookImportRecord> {
  return db.transaction('rw', [db.playbooks, db.playbookVersions, db.people, db.playbookImages, db.playbookImports, db.runs, db.playbookDrafts], async () => {
    const record = await db.playbookImports.get(recordId)
    if (!record) throw new ImportUndoError('That import is no longer recorded.')
    if (record.undoneAt) throw new ImportUndoError('That import was already undone.')
    const runs = await db.runs.where('playbookId').anyOf(record.createdPlaybookIds).count()
    if (runs > 0) throw new ImportUndoError(`Runs have been started from playbooks of this import (${runs}); delete those playbooks one by one instead.`)
    await db.playbookVersions.bulkDelete(record.versionIds)
    await db.playbooks.bulkDelete(record.createdPlaybookIds)
    await db.playbookDrafts.bulkDelete(record.createdPlaybookIds)
    await db.playbooks.bulkPut(record.previousPlaybooks)
    await db.playbookImages.bulkDelete(record.imageIds)
    await db.people.bulkDelete(record.personIds)
    const undone = { ...record, undoneAt: clock.now() }
    await db.playbookImports.put(undone)
    return undone
  })
}

export function getPlaybookImport(id: string): Promise<PlaybookImportRecord | undefined> {
  return db.playbookImports.get(id)
}

export function getPlaybookImage(id: string): Promise<PlaybookImage | undefined> {
  return db.playbookImages.get(id)
}

export async function addPlaybookImage(image: Omit<PlaybookImage, 'id' | 'createdAt' | 'size'>): Promise<PlaybookImage> {
  const record: PlaybookImage = { ...image, size: image.blob.size, id: clock.newId(), createdAt: clock.now() }
  await db.playbookImages.add(record)
  return record
}
