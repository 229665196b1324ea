import type { PlaybookDraft } from '@shared/domain/playbooks/draft'
import type { Playbook, PlaybookDoc } from '@shared/domain/playbooks/playbook'
import { storageProblemOf, userMessageOf, type StorageProblem } from '@shared/storageErrors'
import type { PlaybookChanges, SaveOutcome } from '../../../db/playbooks'

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error'

export interface AutosaverSnapshot {
  status: SaveStatus
  /** Changes not yet saved, over the stored playbook. */
  pending: PlaybookChanges
  /** The stored revision the pending changes were made against. */
  baseRevision: number
  /** ISO timestamp of the last save of this editor. */
  lastSavedAt?: string
  /** Another window saved meanwhile: its version, for the user to compare. */
  theirs?: Playbook
  error?: string
  /** A save failed and none has worked since: the text lives only in memory and the stash meanwhile. */
  failing?: boolean
  /** The storage failure behind `error`, when it was one (a full disk). */
  problem?: StorageProblem
}

export interface AutosaverPorts {
  save(playbookId: string, baseRevision: number, changes: PlaybookChanges): Promise<SaveOutcome>
  writeDraft(draft: PlaybookDraft): Promise<void>
  discardDraft(playbookId: string): Promise<void>
  /** Called when a save left nothing unsaved (to clear the unload stash). */
  afterSave?(playbookId: string): void
  /** Keeps the unsaved text somewhere other than the database, when the database refuses writes (a full disk). */
  stash?(draft: PlaybookDraft): void
  now(): string
}

export interface AutosaverTiming {
  /** Saves this long after the last change. */
  debounceMs: number
  /** While changes keep coming, a recovery draft is written at most this often. */
  draftEveryMs: number
  /** After a failed save, tries again after these waits (the last one repeats) until a save works. */
  retryMs: readonly number[]
}

/** The title and content the user sees now, for the crash-recovery draft. */
export type WorkingSource = () => { title: string; content: PlaybookDoc }

export const defaultTiming: AutosaverTiming = { debounceMs: 800, draftEveryMs: 2000, retryMs: [2000, 5000, 15_000, 30_000] }

/**
 * Holds the editor's unsaved changes and writes them: saved 800 ms after the last keystroke (or at once on flush),
 * with a recovery draft every 2 seconds while changes keep coming. Writes run one after another, so a draft never
 * lands after the save that made it obsolete. A save that finds another window's newer revision stops and reports
 * a conflict; nothing is overwritten until the user chooses.
 */
export class Autosaver {
  private snapshot: AutosaverSnapshot
  private readonly listeners = new Set<() => void>()
  private saveTimer: ReturnType<typeof setTimeout> | undefined
  private failedSaves = 0
  private draftTimer: ReturnType<typeof setTimeout> | undefined
  private lastDraftAt = 0
  private queue: Promise<unknown> = Promise.resolve()
  private working: WorkingSource | undefined

  constructor(
    readonly playbookId: string,
    baseRevision: number,
    private readonly ports: AutosaverPorts,
    private readonly timing: AutosaverTiming = defaultTiming
  ) {
    this.snapshot = { status: 'saved', pending: {}, baseRevision }
  }

  getSnapshot = (): AutosaverSnapshot => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private update(partial: Partial<AutosaverSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...partial }
    for (const listener of this.listeners) listener()
  }

  /** Where drafts read the text from: the editor, once it exists. */
  setWorkingSource(source: WorkingSource): void {
    this.working = source
  }

  get hasPending(): boolean {
    return Object.keys(this.snapshot.pending).length > 0
  }

  /** Records a change the user made; it is saved shortly. */
  change(changes: PlaybookChanges): void {
    const pending = { ...this.snapshot.pending, ...changes }
    const status = this.snapshot.status === 'conflict' || this.snapshot.status === 'saving' ? this.snapshot.status : 'dirty'
    this.update({ pending, status, error: undefined })
    if (status !== 'conflict') this.scheduleSave()
    if ('content' in changes || 'title' in changes) this.scheduleDraft()
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => void this.flush(), this.timing.debounceMs)
  }

  private scheduleRetry(): void {
    const waits = this.timing.retryMs
    const wait = waits[Math.min(this.failedSaves, waits.length - 1)]
    this.failedSaves++
    if (wait === undefined) return
    clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => void this.flush(), wait)
  }

  private scheduleDraft(): void {
    if (this.draftTimer !== undefined) return
    const wait = Math.max(0, this.lastDraftAt + this.timing.draftEveryMs - Date.now())
    this.draftTimer = setTimeout(() => {
      this.draftTimer = undefined
      void this.writeDraftNow()
    }, wait)
  }

  /** The recovery draft of what is unsaved now; undefined when everything is saved. */
  currentDraft(): PlaybookDraft | undefined {
    if (!this.hasPending || !this.working) return undefined
    const { title, content } = this.working()
    return { playbookId: this.playbookId, title, content, baseRevision: this.snapshot.baseRevision, savedAt: this.ports.now() }
  }

  /** Writes the recovery draft now (also used when the window is about to go away). */
  writeDraftNow(): Promise<void> {
    clearTimeout(this.draftTimer)
    this.draftTimer = undefined
    const draft = this.currentDraft()
    if (!draft) return Promise.resolve()
    this.lastDraftAt = Date.now()
    return this.enqueue(() => this.ports.writeDraft(draft)).catch(() => undefined)
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task)
    this.queue = result.catch(() => undefined)
    return result
  }

  /** Saves now: Ctrl+S, blur, navigation and closing the window. Resolves when the changes are stored (or cannot be). */
  flush(): Promise<void> {
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    return this.enqueue(() => this.saveNow())
  }

  private async saveNow(): Promise<void> {
    if (!this.hasPending || this.snapshot.status === 'conflict') return
    const sent = this.snapshot.pending
    const baseRevision = this.snapshot.baseRevision
    this.update({ status: 'saving' })
    let outcome: SaveOutcome
    try {
      outcome = await this.ports.save(this.playbookId, baseRevision, sent)
    } catch (error) {
      // The text stays pending (and in memory); it is stashed outside the database and saved again when writes work.
      this.update({ status: 'error', error: userMessageOf(error), problem: storageProblemOf(error), failing: true })
      const draft = this.currentDraft()
      if (draft) this.ports.stash?.(draft)
      this.scheduleRetry()
      return
    }
    this.failedSaves = 0
    if (outcome.kind === 'missing') {
      this.update({ status: 'error', error: 'This playbook was deleted in another window. Copy your text before leaving.' })
      return
    }
    if (outcome.kind === 'conflict') {
      this.update({ status: 'conflict', theirs: outcome.theirs })
      // Not awaited: the draft write queues behind this save.
      void this.writeDraftNow()
      return
    }
    // Keep what changed while the save was on its way; it goes out with the next save.
    const left: PlaybookChanges = {}
    for (const [key, value] of Object.entries(this.snapshot.pending) as [keyof PlaybookChanges, unknown][]) {
      if (!(key in sent) || sent[key] !== value) (left as Record<string, unknown>)[key] = value
    }
    const stillDirty = Object.keys(left).length > 0
    this.update({ pending: left, baseRevision: outcome.playbook.revision, lastSavedAt: this.ports.now(), status: stillDirty ? 'dirty' : 'saved', failing: false, problem: undefined })
    if (stillDirty) this.scheduleSave()
    else this.ports.afterSave?.(this.playbookId)
  }

  /**
   * Another window saved a newer revision and this editor has nothing unsaved: follow it. Returns false when there are unsaved
   * changes, which will meet the newer revision as a conflict on their next save.
   */
  follow(stored: Pick<Playbook, 'revision'>): boolean {
    // A live query can still report the revision before this editor's own save: never follow backwards.
    if (stored.revision <= this.snapshot.baseRevision) return true
    if (this.hasPending || this.snapshot.status === 'saving') return false
    this.update({ baseRevision: stored.revision })
    return true
  }

  /** Starts from a recovered draft: its text is unsaved again, against the revision it was written on. */
  recover(draft: PlaybookDraft): void {
    this.update({ baseRevision: draft.baseRevision, status: 'saved' })
    this.change({ title: draft.title, content: draft.content })
  }

  /** Conflict: keep this window's changes over the other window's version. */
  keepMine(): Promise<void> {
    const theirs = this.snapshot.theirs
    if (!theirs) return Promise.resolve()
    this.update({ baseRevision: theirs.revision, theirs: undefined, status: 'dirty' })
    return this.flush()
  }

  /** Conflict: drop this window's changes and take the other window's version. */
  takeTheirs(): Promise<void> {
    const theirs = this.snapshot.theirs
    if (!theirs) return Promise.resolve()
    clearTimeout(this.saveTimer)
    clearTimeout(this.draftTimer)
    this.draftTimer = undefined
    this.update({ baseRevision: theirs.revision, theirs: undefined, pending: {}, status: 'saved' })
    this.ports.afterSave?.(this.playbookId)
    return this.enqueue(() => this.ports.discardDraft(this.playbookId))
  }

  /** Stops the timers; unsaved changes are flushed first. */
  dispose(): Promise<void> {
    clearTimeout(this.draftTimer)
    this.draftTimer = undefined
    return this.flush()
  }
}
