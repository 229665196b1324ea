import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { buildSuggestionModel, type SuggestionModel } from '@shared/domain/feedback/suggestions'
import { loadThemesData } from '../../../db/themes'

/** The TF-IDF model of every theme's members, rebuilt when themes or links change. Local: nothing leaves the machine. */
export function useSuggestionModel(): SuggestionModel | undefined {
  const data = useLiveQuery(() => loadThemesData(), [])
  return useMemo(() => {
    if (!data) return undefined
    const byId = new Map(data.feedback.map((row) => [row.id, row]))
    const members = new Map<string, Feedback[]>()
    for (const link of data.links) {
      const row = byId.get(link.feedbackId)
      if (!row) continue
      members.set(link.themeId, [...(members.get(link.themeId) ?? []), row])
    }
    return buildSuggestionModel(data.themes, members)
  }, [data])
}
