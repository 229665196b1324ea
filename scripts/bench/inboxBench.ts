// Inbox, search and theme timings on a full database, driven by scripts/bench.mjs after a real import.
import { riceScore, revenueScore } from '@shared/domain/feedback/scoring'
import { computeThemeStats } from '@shared/domain/feedback/themeStats'
import { linkToTheme } from '@shared/domain/feedback/triage'
import { db } from '../../src/renderer/src/db/db'
import { countFeedback, newestFirst, readFeedbackRows } from '../../src/renderer/src/db/feedbackPages'
import { feedbackQueryFor } from '../../src/renderer/src/db/feedbackQuery'
import { loadThemeData, themeRepository } from '../../src/renderer/src/db/themes'
import { loadTriageRows, writeTriage } from '../../src/renderer/src/db/triage'
import { searchFeedbackIds, searchStatus, searchTimings, subscribeSearchStatus, syncSearchIndex } from '../../src/renderer/src/features/feedback/search/searchClient'

const FIRST_PAGE = 200
const RUNS = 20

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? 0
}

async function timed(runs: number, task: (run: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await task(run)
    samples.push(performance.now() - started)
  }
  return p95(samples)
}

function indexReady(): Promise<void> {
  return new Promise((resolve) => {
    const stop = subscribeSearchStatus((status) => {
      if (status.ready) {
        stop()
        resolve()
      }
    })
    if (searchStatus().ready) {
      stop()
      resolve()
    }
  })
}

const queries = ['export', 'okta sso', 'invoice vat', 'dark mode', 'slowly widgets', 'germany', 'roadmap shared', 'weekly report pdf', 'keystone', 'priya raman']

export interface InboxTimings {
  rows: number
  openInboxP95: number
  countAllMs: number
  indexBuildMs: number
  searchP95: number
  searchInWorkerP95: number
  filterWithTextP95: number
  scanFilterP95: number
  themeLinks: number
  linkMs: number
  openThemeP95: number
  themeInboxP95: number
}

/** p95 of each step the user waits for, from the database and the search worker the app uses. */
export async function inboxTimings(): Promise<InboxTimings> {
  const rows = await db.feedback.count()
  const openInboxP95 = await timed(RUNS, async () => readFeedbackRows(await feedbackQueryFor({}), newestFirst, FIRST_PAGE))
  const countStarted = performance.now()
  await countFeedback(await feedbackQueryFor({}))
  const countAllMs = performance.now() - countStarted

  const buildStarted = performance.now()
  syncSearchIndex()
  await indexReady()
  const indexBuildMs = performance.now() - buildStarted
  searchTimings.length = 0
  const searchP95 = await timed(queries.length * 3, (run) => searchFeedbackIds(queries[run % queries.length] as string))
  const searchInWorkerP95 = p95(searchTimings)
  const filterWithTextP95 = await timed(queries.length * 2, async (run) => {
    const text = queries[run % queries.length] as string
    const hits = await searchFeedbackIds(text)
    return readFeedbackRows(await feedbackQueryFor({ text, status: ['new'], merged: 'exclude' }, hits), newestFirst, FIRST_PAGE)
  })
  const scanFilterP95 = await timed(RUNS, async () => readFeedbackRows(await feedbackQueryFor({ company: ['Helix Labs'], plan: [] }), newestFirst, FIRST_PAGE))

  const theme = await themeRepository.create({ name: 'Single sign-on', description: 'SAML and Okta', status: 'idea', effort: 4, confidence: 0.7 })
  const linked = (await searchFeedbackIds('okta')).slice(0, 5_000)
  const linkStarted = performance.now()
  const { rows: toLink, links } = await loadTriageRows(linked)
  await writeTriage(linkToTheme(toLink, { themeId: theme.id, importance: 'important', links, themeName: theme.name }))
  const linkMs = performance.now() - linkStarted
  const openThemeP95 = await timed(RUNS, async () => {
    const data = await loadThemeData(theme.id)
    const stats = computeThemeStats({ links: data.links, feedback: data.rows, now: new Date() })
    return [riceScore(theme, stats), revenueScore(theme, stats)]
  })
  const themeInboxP95 = await timed(RUNS, async () => readFeedbackRows(await feedbackQueryFor({ themeId: [theme.id] }), newestFirst, FIRST_PAGE))
  return { rows, openInboxP95, countAllMs, indexBuildMs, searchP95, searchInWorkerP95, filterWithTextP95, scanFilterP95, themeLinks: linked.length, linkMs, openThemeP95, themeInboxP95 }
}
