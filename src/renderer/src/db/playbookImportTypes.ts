import type { Playbook } from '@shared/domain/playbooks/playbook'
import type { PlanRow } from '@shared/playbookImport/planImport'

/** An image a playbook shows; the document points at it as `opsdeck-image:<id>`. */
export interface PlaybookImage {
  id: string
  /** The playbook it was imported into or pasted in; kept when the image is copied elsewhere. */
  playbookId?: string
  name: string
  type: string
  blob: Blob
  size: number
  /** The file's path in the import it came from, so importing it again reuses it. */
  sourcePath?: string
  createdAt: string
}

/** One playbook import: its report (a row per file) and what undoing it takes. */
export interface PlaybookImportRecord {
  id: string
  createdAt: string
  /** What was imported: "Notion export.zip", "Ops vault", "3 files". */
  name: string
  rows: PlanRow[]
  createdPlaybookIds: string[]
  /** Updated playbooks as they were before, put back by undo. */
  previousPlaybooks: Playbook[]
  versionIds: string[]
  personIds: string[]
  imageIds: string[]
  undoneAt?: string
}
