import type { Tool } from '@shared/domain/tools'

let next = 1

/** A plain active annual tool with no contract dates; tests override what they are about. */
export function makeTool(overrides: Partial<Tool> = {}): Tool {
  const id = overrides.id ?? `tool-${next++}`
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
    currency: 'EUR',
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
