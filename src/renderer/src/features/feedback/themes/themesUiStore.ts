import { create } from 'zustand'
import type { Importance } from '@shared/domain/feedback/feedback'
import { defaultReachDays, defaultScoringWeights, type ScoreMethod, type ScoringWeights } from '@shared/domain/feedback/scoring'

interface ThemesUiState {
  method: ScoreMethod
  reachDays: number
  weights: ScoringWeights
  /** The theme whose score breakdown is open on the ranking. */
  breakdownThemeId?: string
}

const initialState: ThemesUiState = { method: 'rice', reachDays: defaultReachDays, weights: defaultScoringWeights }

/** How the Themes page ranks; the themes and their links live in Dexie. */
export const useThemesUi = create<ThemesUiState>(() => initialState)

export const themesUiActions = {
  setMethod(method: ScoreMethod) {
    useThemesUi.setState({ method })
  },
  setReachDays(reachDays: number) {
    useThemesUi.setState({ reachDays })
  },
  setImportanceWeight(level: Importance, value: number) {
    useThemesUi.setState(({ weights }) => ({ weights: { ...weights, importance: { ...weights.importance, [level]: value } } }))
  },
  setMixWeight(key: 'rice' | 'revenue', value: number) {
    useThemesUi.setState(({ weights }) => ({ weights: { ...weights, [key]: value } }))
  },
  toggleBreakdown(themeId: string) {
    useThemesUi.setState(({ breakdownThemeId }) => ({ breakdownThemeId: breakdownThemeId === themeId ? undefined : themeId }))
  },
  resetWeights() {
    useThemesUi.setState({ weights: defaultScoringWeights, reachDays: defaultReachDays })
  },
  reset() {
    useThemesUi.setState(initialState)
  }
}
