import { useEditor, type Editor } from '@tiptap/react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { PlaybookDraft } from '@shared/domain/playbooks/draft'
import type { Playbook, PlaybookDoc } from '@shared/domain/playbooks/playbook'
import { discardDraft, getPlaybook, savePlaybookChanges, writeDraft, type PlaybookChanges } from '../../../db/playbooks'
import { clock } from '../../../db/stamp'
import { Autosaver, type AutosaverSnapshot } from './autosaver'
import { playbookExtensions } from './extensions'
import { forgetDraft, recoverableDraft } from './recoverableDrafts'
import { sameDoc } from './sameDoc'
import { clearStashedDraft, stashDraft } from './unloadStash'

export interface PlaybookEditing {
  editor: Editor | null
  /** The stored playbook with this window's unsaved changes over it. */
  working: Playbook
  /** The stored playbook as the database has it now. */
  stored: Playbook
  snapshot: AutosaverSnapshot
  /** The playbook was deleted (in another window). */
  deleted: boolean
  change(changes: PlaybookChanges): void
  /** Saves now; resolves true when the stored playbook has this window's text (no conflict, no error). */
  save(): Promise<boolean>
  recovered?: PlaybookDraft
  keepRecovered(): void
  discardRecovered(): Promise<void>
  keepMine(): Promise<void>
  takeTheirs(): Promise<void>
}

function useAutosaver(initial: Playbook): Autosaver {
  const [saver] = useState(() => new Autosaver(initial.id, initial.revision, { save: savePlaybookChanges, writeDraft, discardDraft, afterSave: clearStashedDraft, stash: stashDraft, now: clock.now }))
  return saver
}

/** Puts another window's text in the editor, outside the undo history: Ctrl+Z must not undo someone else's save. */
function replaceText(editor: Editor, content: PlaybookDoc, selection?: { from: number; to: number }): void {
  let chain = editor
    .chain()
    .command(({ tr }) => {
      tr.setMeta('addToHistory', false)
      return true
    })
    .setContent(content, { emitUpdate: false })
  if (selection) chain = chain.setTextSelection(selection)
  chain.run()
}

const editorProps = { attributes: { 'aria-label': 'Playbook text', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' } }

/** Saves whatever is unsaved when the window goes away or is hidden, and when the editor closes. */
function useFlushOnLeave(saver: Autosaver): void {
  useEffect(() => {
    const leave = () => {
      // Synchronously first: the page may be gone before IndexedDB finishes.
      const draft = saver.currentDraft()
      if (draft) stashDraft(draft)
      void saver.writeDraftNow()
      void saver.flush()
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave()
    }
    window.addEventListener('beforeunload', leave)
    window.addEventListener('pagehide', leave)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('beforeunload', leave)
      window.removeEventListener('pagehide', leave)
      document.removeEventListener('visibilitychange', onVisibility)
      void saver.dispose()
    }
  }, [saver])
}

/** A draft a closed or crashed window left, offered back once when the editor opens. */
function useRecoveredDraft(playbookId: string): [PlaybookDraft | undefined, (draft: PlaybookDraft | undefined) => void] {
  const [recovered, setRecovered] = useState<PlaybookDraft>()
  useEffect(() => {
    const openedAt = clock.now()
    let cancelled = false
    void recoverableDraft(playbookId, openedAt).then((found) => {
      if (!cancelled && found) setRecovered(found.draft)
    })
    return () => {
      cancelled = true
    }
  }, [playbookId])
  return [recovered, setRecovered]
}

/**
 * Everything the editor page needs to never lose a keystroke: the TipTap editor, autosave with drafts, following
 * other windows' saves while nothing is unsaved here, and the choices of a conflict or a recovered draft.
 */
export function usePlaybookEditing(initial: Playbook): PlaybookEditing {
  const live = useLiveQuery(() => getPlaybook(initial.id), [initial.id], null)
  const stored = live ?? initial
  const saver = useAutosaver(initial)
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot)
  const [recovered, setRecovered] = useRecoveredDraft(initial.id)

  // Created once: new extension objects on a re-render would make TipTap reconfigure the editor.
  const [extensions] = useState(playbookExtensions)
  const editor = useEditor({
    extensions,
    content: initial.content,
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ editor: current }) => saver.change({ content: current.getJSON() as PlaybookDoc }),
    onBlur: () => void saver.flush()
  })

  useEffect(() => {
    if (!editor) return
    const title = (live ?? initial).title
    saver.setWorkingSource(() => ({ title: saver.getSnapshot().pending.title ?? title, content: editor.getJSON() as PlaybookDoc }))
  }, [editor, live, initial, saver])

  useFlushOnLeave(saver)

  // Another window saved a newer revision and nothing is unsaved here: show its text.
  useEffect(() => {
    if (!live || !editor || live.revision <= snapshot.baseRevision) return
    if (!saver.follow(live) || sameDoc(editor.getJSON(), live.content)) return
    // Keep the cursor about where it was; the text around it is the other window's now.
    const { from, to } = editor.state.selection
    replaceText(editor, live.content, { from, to })
  }, [live, editor, snapshot.baseRevision, saver])

  return {
    editor,
    stored,
    working: { ...stored, ...snapshot.pending },
    snapshot,
    deleted: live === undefined,
    change: (changes) => saver.change(changes),
    save: async () => {
      await saver.flush()
      const status = saver.getSnapshot().status
      return status !== 'conflict' && status !== 'error'
    },
    recovered,
    keepRecovered: () => {
      if (!recovered) return
      editor?.commands.setContent(recovered.content, { emitUpdate: false })
      saver.recover(recovered)
      setRecovered(undefined)
    },
    discardRecovered: async () => {
      setRecovered(undefined)
      if (!saver.hasPending) await forgetDraft(initial.id)
    },
    keepMine: () => saver.keepMine(),
    takeTheirs: async () => {
      const theirs = snapshot.theirs
      await saver.takeTheirs()
      if (theirs && editor) replaceText(editor, theirs.content)
    }
  }
}
