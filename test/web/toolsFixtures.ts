import { addDays, localIsoDate } from '../../src/shared/domain/tools/isoDate'
import type { Tool } from '../../src/shared/domain/tools/tool'
import { db } from '../../src/renderer/src/db/db'
import { loadSampleWorkspace } from '../../src/renderer/src/db/workspace'
import { toolsUiActions } from '../../src/renderer/src/features/tools/toolsUiStore'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'

export const today = () => localIsoDate(new Date())
export const inDays = (days: number) => addDays(today(), days)

let next = 1

/** A plain active tool billed annually in USD with no contract dates; tests set what they are about. */
export function toolRecord(overrides: Partial<Tool> = {}): Tool {
  const id = overrides.id ?? `web-tool-${next++}`
  return {
    id,
    name: id,
    vendor: 'Vendor',
    category: 'analytics',
    description: '',
    website: '',
    teams: [],
    status: 'active',
    pricing: 'flat',
    amount: 1200,
    currency: 'USD',
    billingCycle: 'annual',
    autoRenew: true,
    sso: false,
    dataClassification: 'internal',
    integrationIds: [],
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides
  }
}

export async function putTools(...tools: Tool[]): Promise<void> {
  await db.tools.bulkPut(tools)
}

export async function loadSample(): Promise<void> {
  await loadSampleWorkspace(createSampleWorkspace(new Date()))
}

/** The Tools page keeps its tab, filters and sort in a store; each test starts from the defaults. */
export function resetToolsUi(): void {
  toolsUiActions.reset()
}

/** Mantine's autosizing textarea listens for web fonts, which happy-dom does not implement. */
export function stubDocumentFonts(): void {
  if ('fonts' in document && document.fonts) return
  Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {} } })
}
