/** Settings are key/value rows; each key's value type is declared here. */
export interface SettingValues {
  onboarding: { choice: 'sample' | 'empty'; at: string }
  colorScheme: 'light' | 'dark' | 'auto'
  baseCurrency: string
  exchangeRates: Record<string, number>
  reminderWindows: number[]
  /** The last day (YYYY-MM-DD) the tool reminders were checked; the start-up summary covers what happened since. */
  lastOpenedAt: string
  /** Tools whose seats are used less than this fraction (0.6 is 60%) are listed for attention. */
  lowUtilisationThreshold: number
  /** Per merged record (`table:id`), the updatedAt both workspaces had at the last merge: the common version of the conflict rule. */
  mergeBases: Record<string, string>
  /** Tool inventory imports: per header signature, the column mapping and value map the user last imported with. */
  toolImportPresets: Record<string, { mapping: Record<string, string>; values: Record<string, Record<string, string>> }>
}

export type SettingKey = keyof SettingValues

export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K
  value: SettingValues[K]
}

export const defaultSettings: Pick<SettingValues, 'colorScheme' | 'baseCurrency' | 'exchangeRates' | 'reminderWindows' | 'lowUtilisationThreshold'> = {
  colorScheme: 'auto',
  baseCurrency: 'USD',
  exchangeRates: {},
  reminderWindows: [120, 90, 60, 30, 7],
  lowUtilisationThreshold: 0.6
}
