import type { ExchangeRates } from '@shared/domain/tools/exchange'
import type { Tool, ToolReminderSettings } from '@shared/domain/tools/tool'
import { db } from './db'
import { createRepository } from './repository'
import { getSetting, setSetting } from './settings'

export const toolsRepository = createRepository<Tool>(() => db.tools)

export async function listTools(): Promise<Tool[]> {
  const tools = await db.tools.toArray()
  return tools.sort((a, b) => a.name.localeCompare(b.name))
}

/** Replaces the snooze and dismiss state of one tool; undefined turns its reminders back on. */
export async function setToolReminder(id: string, reminder: ToolReminderSettings | undefined): Promise<void> {
  await toolsRepository.update(id, { reminder })
}

/** The settings every tools view reads together. */
export interface ToolSettings {
  baseCurrency: string
  exchangeRates: ExchangeRates
  reminderWindows: number[]
  /** A fraction: 0.6 is 60%. */
  lowUtilisationThreshold: number
}

export async function getToolSettings(): Promise<ToolSettings> {
  const [baseCurrency, exchangeRates, reminderWindows, lowUtilisationThreshold] = await Promise.all([
    getSetting('baseCurrency'),
    getSetting('exchangeRates'),
    getSetting('reminderWindows'),
    getSetting('lowUtilisationThreshold')
  ])
  return {
    baseCurrency: baseCurrency ?? 'USD',
    exchangeRates: exchangeRates ?? {},
    reminderWindows: reminderWindows ?? [],
    lowUtilisationThreshold: lowUtilisationThreshold ?? 0.6
  }
}

/** Writes the given settings in one transaction. */
export async function saveToolSettings(changes: Partial<ToolSettings>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (changes.baseCurrency !== undefined) await setSetting('baseCurrency', changes.baseCurrency)
    if (changes.exchangeRates !== undefined) await setSetting('exchangeRates', { ...changes.exchangeRates })
    if (changes.reminderWindows !== undefined) await setSetting('reminderWindows', changes.reminderWindows)
    if (changes.lowUtilisationThreshold !== undefined) await setSetting('lowUtilisationThreshold', changes.lowUtilisationThreshold)
  })
}

export function getLastOpenedAt(): Promise<string | undefined> {
  return getSetting('lastOpenedAt')
}

export async function setLastOpenedAt(day: string): Promise<void> {
  await setSetting('lastOpenedAt', day)
}
