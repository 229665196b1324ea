import { toolFieldsSchema } from '@shared/domain/tools/toolSchema'
import type { Tool } from '@shared/domain/tools/tool'

/** What the form edits: every field but the ones the repository stamps and the reminder state, which has its own actions. */
export type ToolFields = Omit<Tool, 'id' | 'createdAt' | 'updatedAt' | 'reminder'>

/** The form's working copy: optional text is '' while empty, optional numbers undefined. */
export interface ToolDraft extends Omit<ToolFields, 'ownerId' | 'businessOwnerId' | 'statusReason' | 'seatsVerifiedAt' | 'contractStart' | 'contractEnd'> {
  ownerId?: string
  businessOwnerId?: string
  statusReason: string
  seatsVerifiedAt: string
  contractStart: string
  contractEnd: string
}

export type ToolFieldErrors = Partial<Record<keyof ToolDraft, string>>

export function emptyToolDraft(currency = 'USD'): ToolDraft {
  return {
    name: '',
    vendor: '',
    category: 'other',
    description: '',
    website: '',
    teams: [],
    status: 'active',
    statusReason: '',
    pricing: 'flat',
    amount: 0,
    currency,
    billingCycle: 'annual',
    seatsVerifiedAt: '',
    contractStart: '',
    contractEnd: '',
    autoRenew: true,
    sso: false,
    dataClassification: 'internal',
    integrationIds: [],
    notes: ''
  }
}

export function draftFromTool(tool: Tool): ToolDraft {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, reminder: _reminder, ...fields } = tool
  return {
    ...fields,
    statusReason: tool.statusReason ?? '',
    seatsVerifiedAt: tool.seatsVerifiedAt ?? '',
    contractStart: tool.contractStart ?? '',
    contractEnd: tool.contractEnd ?? '',
    teams: [...tool.teams],
    integrationIds: [...tool.integrationIds]
  }
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined)

/** Messages read next to a field, so they start with a capital. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1)
}

export type DraftCheck = { ok: true; fields: ToolFields } | { ok: false; errors: ToolFieldErrors }

/** Checks the draft with the tool schema; the fields come back trimmed and normalised (currency upper-case). */
export function checkToolDraft(draft: ToolDraft): DraftCheck {
  const input = {
    ...draft,
    ownerId: blankToUndefined(draft.ownerId),
    businessOwnerId: blankToUndefined(draft.businessOwnerId),
    statusReason: blankToUndefined(draft.statusReason),
    seatsVerifiedAt: blankToUndefined(draft.seatsVerifiedAt),
    contractStart: blankToUndefined(draft.contractStart),
    contractEnd: blankToUndefined(draft.contractEnd),
    cycleMonths: draft.billingCycle === 'multi-year' ? draft.cycleMonths : undefined,
    teams: draft.teams.map((team) => team.trim()).filter(Boolean)
  }
  const parsed = toolFieldsSchema.safeParse(input)
  if (parsed.success) {
    const { reminder: _reminder, ...fields } = parsed.data
    return { ok: true, fields }
  }
  const errors: ToolFieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if (typeof field === 'string' && !(field in errors)) errors[field as keyof ToolDraft] = sentence(issue.message)
  }
  return { ok: false, errors }
}

const optionalKeys = [
  'ownerId',
  'businessOwnerId',
  'statusReason',
  'seatsPurchased',
  'seatsUsed',
  'seatsVerifiedAt',
  'cycleMonths',
  'contractStart',
  'contractEnd',
  'noticeDays'
] as const satisfies readonly (keyof ToolFields)[]

/** An update that also clears the optional fields the user emptied (Dexie deletes a key set to undefined). */
export function toolChanges(fields: ToolFields): Partial<Tool> {
  const changes: Partial<Tool> = { ...fields }
  for (const key of optionalKeys) changes[key] = fields[key] as never
  return changes
}
