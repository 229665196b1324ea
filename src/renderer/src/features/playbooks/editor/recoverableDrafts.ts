import type { PlaybookDraft } from '@shared/domain/playbooks/draft'
import type { Playbook } from '@shared/domain/playbooks/playbook'
import { discardDraft, getDraft, getPlaybook, listDrafts } from '../../../db/playbooks'
import { sameDoc } from './sameDoc'
import { clearStashedDraft, newestDraft, stashedDraft, stashedDrafts } from './unloadStash'

export interface RecoverableDraft {
  draft: PlaybookDraft
  playbook: Playbook
}

function differs(draft: PlaybookDraft, playbook: Playbook): boolean {
  return draft.title !== playbook.title || !sameDoc(draft.content, playbook.content)
}

/** The newest unsaved text of one playbook, from the database or the unload stash, if it differs from what is saved. */
export async function recoverableDraft(playbookId: string, writtenBefore: string): Promise<RecoverableDraft | undefined> {
  const draft = newestDraft(await getDraft(playbookId), stashedDraft(playbookId))
  const playbook = await getPlaybook(playbookId)
  if (!draft || !playbook || draft.savedAt >= writtenBefore) return undefined
  return differs(draft, playbook) ? { draft, playbook } : undefined
}

/** Every playbook with unsaved text a closed or crashed window left behind. */
export async function listRecoverableDrafts(writtenBefore: string): Promise<RecoverableDraft[]> {
  const byPlaybook = new Map<string, PlaybookDraft>()
  for (const draft of [...(await listDrafts()), ...stashedDrafts()]) {
    const newest = newestDraft(byPlaybook.get(draft.playbookId), draft)
    if (newest) byPlaybook.set(draft.playbookId, newest)
  }
  const result: RecoverableDraft[] = []
  for (const draft of byPlaybook.values()) {
    if (draft.savedAt >= writtenBefore) continue
    const playbook = await getPlaybook(draft.playbookId)
    if (playbook && differs(draft, playbook)) result.push({ draft, playbook })
  }
  return result
}

/** Forgets a draft in both places. */
export async function forgetDraft(playbookId: string): Promise<void> {
  clearStashedDraft(playbookId)
  await discardDraft(playbookId)
}
