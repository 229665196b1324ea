import { useLiveQuery } from 'dexie-react-hooks'
import { getToolSettings, type ToolSettings } from '../../db/tools'

/** Base currency, rates, reminder windows and the low-utilisation threshold; undefined while loading. */
export function useToolSettings(): ToolSettings | undefined {
  return useLiveQuery(() => getToolSettings(), [])
}
