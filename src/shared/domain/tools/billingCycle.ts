import type { Tool } from './tool'

/** Months in one billing cycle; undefined for a multi-year contract whose length is not known. */
export function cycleMonths(tool: Pick<Tool, 'billingCycle' | 'cycleMonths'>): number | undefined {
  switch (tool.billingCycle) {
    case 'monthly':
      return 1
    case 'quarterly':
      return 3
    case 'annual':
    case 'free':
      return 12
    case 'multi-year':
      return tool.cycleMonths !== undefined && Number.isInteger(tool.cycleMonths) && tool.cycleMonths > 0
        ? tool.cycleMonths
        : undefined
  }
}
