import type { EntityBase } from '../entity'
import type { PlaybookDoc } from './doc'

export type { PlaybookDoc } from './doc'

export const playbookCategories = ['process', 'best-practice', 'training'] as const
export type PlaybookCategory = (typeof playbookCategories)[number]

export const playbookStatuses = ['draft', 'published', 'archived'] as const
export type PlaybookStatus = (typeof playbookStatuses)[number]

export const raciRoles = ['responsible', 'accountable', 'consulted', 'informed'] as const
export type RaciRole = (typeof raciRoles)[number]

/** Person ids per RACI role. */
export type Raci = Record<RaciRole, string[]>

/** Where an imported playbook came from; a later import of the same source updates it instead of adding another. */
export interface PlaybookSource {
  tool: 'notion' | 'confluence' | 'obsidian' | 'markdown' | 'html'
  /** The file's path inside the folder or zip that was imported. */
  path: string
  /** Notion's 32-hex id or Confluence's page id. */
  id?: string
}

export interface Playbook extends EntityBase {
  title: string
  summary: string
  category: PlaybookCategory
  tags: string[]
  ownerId?: string
  raci: Raci
  status: PlaybookStatus
  reviewCadenceDays?: number
  /** ISO timestamp. */
  lastReviewedAt?: string
  lastReviewedBy?: string
  /** ISO date 'YYYY-MM-DD'; derived from lastReviewedAt (or createdAt) + cadence, stored so it can be indexed. */
  nextReviewAt?: string
  content: PlaybookDoc
  /** Incremented on every save; a writer holding an older revision is told of the conflict. */
  revision: number
  /** The number of the latest published version. */
  publishedVersion?: number
  isTemplate: boolean
  /** The built-in template this playbook was made from. */
  templateKey?: string
  /** Set by a Notion, Confluence, Obsidian or Markdown import. */
  source?: PlaybookSource
}

export interface PlaybookVersion extends EntityBase {
  playbookId: string
  /** Sequential: 1, 2, 3... */
  number: number
  /** With `minor`, the label users see: "2.1". */
  major: number
  minor: number
  message: string
  title: string
  content: PlaybookDoc
  createdBy?: string
}

export const runStatuses = ['active', 'blocked', 'done'] as const
export type RunStatus = (typeof runStatuses)[number]
export type EffectiveRunStatus = RunStatus | 'overdue'

export const runKinds = ['checklist', 'training'] as const
export type RunKind = (typeof runKinds)[number]

export interface RunStep {
  id: string
  text: string
  /** The nearest heading above the step. */
  section?: string
  /** Days after the run started by which the step is due. */
  dueOffsetDays?: number
  done: boolean
  /** ISO timestamp. */
  doneAt?: string
  doneBy?: string
  note?: string
}

export interface Run extends EntityBase {
  playbookId: string
  /** The published version whose steps were copied; undefined when started from an unpublished draft. */
  playbookVersion?: number
  title: string
  assigneeId?: string
  /** ISO date 'YYYY-MM-DD' (or timestamp; its calendar day counts). */
  dueAt?: string
  status: RunStatus
  blockedReason?: string
  kind: RunKind
  /** A frozen copy: later edits of the playbook don't change a run. */
  steps: RunStep[]
  /** ISO timestamp. */
  completedAt?: string
}

export function emptyRaci(): Raci {
  return { responsible: [], accountable: [], consulted: [], informed: [] }
}
