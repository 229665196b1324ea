import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { buildSuggestionModel, type SuggestionModel } from '@shared/domain/feedback/suggestions'
import { loadThemeMembers } from '../../../db/themes'

/** The TF-IDF model of every theme's recent members, rebuilt when themes or links change. Local: nothing leaves the machine. */
export function useSuggestionModel(enabled = true): SuggestionModel | undefined {
  const data = useLiveQuery(() => (enabled ? loadThemeMembers() : undefined), [enabled])
  return useMemo(() => (data ? buildSuggestionModel(data.themes, data.members) : undefined), [data])
}
