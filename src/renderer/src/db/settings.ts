import { defaultSettings, type SettingKey, type SettingValues } from '@shared/domain/settings'
import { db } from './db'

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key)
  return (row?.value as SettingValues[K] | undefined) ?? (defaultSettings as Partial<SettingValues>)[key]
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
  await db.settings.put({ key, value })
}
