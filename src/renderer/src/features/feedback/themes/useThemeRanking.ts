import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { rankThemes, type RankedTheme } from '@shared/domain/feedback/scoring'
import { computeStatsByTheme, type MoneyOptions } from '@shared/domain/feedback/themeStats'
import { getSetting } from '../../../db/settings'
import { loadThemesData, type ThemesData } from '../../../db/themes'
import { useThemesUi } from './themesUiStore'

async function loadRankingInput(): Promise<ThemesData & { money: MoneyOptions }> {
  const [data, baseCurrency, rates] = await Promise.all([loadThemesData(), getSetting('baseCurrency'), getSetting('exchangeRates')])
  return { ...data, money: { baseCurrency: baseCurrency ?? 'USD', rates: rates ?? {} } }
}

/** Every theme with live stats and scores, best first by the chosen method and weights. */
export function useThemeRanking(): { ranked: RankedTheme[] | undefined; data: ThemesData | undefined } {
  const input = useLiveQuery(loadRankingInput, [])
  const { method, reachDays, weights } = useThemesUi(useShallow((state) => ({ method: state.method, reachDays: state.reachDays, weights: state.weights })))
  const ranked = useMemo(() => {
    if (!input) return undefined
    const stats = computeStatsByTheme(input.links, input.rows, new Date(), input.money)
    return rankThemes(input.themes, stats, { method, reachDays, weights })
  }, [input, method, reachDays, weights])
  return { ranked, data: input }
}
