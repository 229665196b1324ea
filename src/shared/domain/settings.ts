/** Settings are key/value rows; each key's value type is declared here. */
export interface SettingValues {
  onboarding: { choice: 'sample' | 'empty'; at: string }
  colorScheme: 'light' | 'dark' | 'auto'
  baseCurrency: string
  exchangeRates: Record<string, number>
  reminderWindows: number[]
  lastOpenedAt: string
}

export type SettingKey = keyof SettingValues

export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K
  value: SettingValues[K]
}

export const defaultSettings: Pick<SettingValues, 'colorScheme' | 'baseCurrency' | 'exchangeRates' | 'reminderWindows'> = {
  colorScheme: 'auto',
  baseCurrency: 'USD',
  exchangeRates: {},
  reminderWindows: [120, 90, 60, 30, 7]
}
