import type { Feedback, Theme, ThemeLink } from '@shared/domain/feedback/feedback'
import { newestLinkedFirst, statsRowsFromLinks, type StatsRow } from '@shared/domain/feedback/linkFacts'
import { db } from './db'
import { createRepository } from './repository'

export const themeRepository = createRepository<Theme>(() => db.themes)

/** Deletes a theme that nothing links to (one a triage action created, when that action is undone); keeps it otherwise. */
export async function deleteThemeIfUnlinked(themeId: string): Promise<boolean> {
  return db.transaction('rw', db.themes, db.themeLinks, async () => {
    if ((await db.themeLinks.where('themeId').equals(themeId).count()) > 0) return false
    await db.themes.delete(themeId)
    return true
  })
}

export function listThemes(): Promise<Theme[]> {
  return db.themes.toArray().then((themes) => themes.sort((a, b) => a.name.localeCompare(b.name)))
}

/** Rows merged into others: few in any workspace, read through their own index. */
function mergedRows(): Promise<Feedback[]> {
  return db.feedback.where('mergedIntoId').above('').toArray()
}

/** What theme stats count for these links: each link's facts and the merged evidence, without reading the linked rows. */
async function statsRowsOf(links: readonly ThemeLink[]): Promise<StatsRow[]> {
  if (links.length === 0) return []
  const { rows, missing } = statsRowsFromLinks(links, await mergedRows())
  // Links written before facts existed: their rows are read (and deleted rows drop out, as before).
  for (const row of await db.feedback.bulkGet(missing)) if (row) rows.push(row)
  return rows
}

/** Each theme's links, one index range per theme: `anyOf` walks a cursor record by record, `equals` reads in one go. */
async function linksOfThemes(themeIds: readonly string[]): Promise<ThemeLink[]> {
  const perTheme = await Promise.all([...new Set(themeIds)].map((themeId) => db.themeLinks.where('themeId').equals(themeId).toArray()))
  return perTheme.flat()
}

export interface ThemesData {
  themes: Theme[]
  links: ThemeLink[]
  /** Every linked row (as facts) and its merged evidence. */
  rows: StatsRow[]
}

/** Everything the ranking needs, read in one go so a live query recomputes it on any change. */
export async function loadThemesData(): Promise<ThemesData> {
  const [themes, links] = await Promise.all([listThemes(), db.themeLinks.toArray()])
  return { themes, links, rows: await statsRowsOf(links) }
}

/** How many of a theme's newest linked rows the theme page lists; the inbox shows them all. */
export const THEME_PAGE_ROWS = 200

export interface ThemeData {
  theme?: Theme
  links: ThemeLink[]
  rows: StatsRow[]
  /** The newest linked rows, whole, for the list on the theme's page. */
  newest: Feedback[]
}

async function newestLinkedRows(links: readonly ThemeLink[], limit: number): Promise<Feedback[]> {
  const ordered = newestLinkedFirst(links)
  const rows = (await db.feedback.bulkGet(ordered ? ordered.slice(0, limit) : [...new Set(links.map((link) => link.feedbackId))])).filter((row): row is Feedback => !!row)
  return ordered ? rows : rows.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)).slice(0, limit)
}

export async function loadThemeData(themeId: string): Promise<ThemeData> {
  const [theme, links] = await Promise.all([db.themes.get(themeId), linksOfThemes([themeId])])
  const [rows, newest] = await Promise.all([statsRowsOf(links), newestLinkedRows(links, THEME_PAGE_ROWS)])
  return { theme, links, rows, newest }
}

/** A theme's linked rows and their merged evidence, whole (with their text): for its brief. */
export async function loadThemeEvidence(themeId: string): Promise<Feedback[]> {
  const links = await linksOfThemes([themeId])
  const ids = new Set(links.map((link) => link.feedbackId))
  const linked = (await db.feedback.bulkGet([...ids])).filter((row): row is Feedback => !!row)
  return [...linked, ...(await mergedRows()).filter((row) => ids.has(row.mergedIntoId as string))]
}

/**
 * Each theme's newest linked rows, whole, for the suggestion model: what a theme
 * is about shows in its recent members, and reading every member of large themes
 * would cost a read per row.
 */
export async function loadThemeMembers(perTheme = THEME_PAGE_ROWS): Promise<{ themes: Theme[]; members: Map<string, Feedback[]> }> {
  const [themes, links] = await Promise.all([listThemes(), db.themeLinks.toArray()])
  const linksByTheme = new Map<string, ThemeLink[]>()
  for (const link of links) {
    const list = linksByTheme.get(link.themeId) ?? []
    list.push(link)
    linksByTheme.set(link.themeId, list)
  }
  const members = new Map<string, Feedback[]>()
  await Promise.all([...linksByTheme].map(async ([themeId, themeLinks]) => members.set(themeId, await newestLinkedRows(themeLinks, perTheme))))
  return { themes, members }
}

export function linksOfFeedback(feedbackId: string): Promise<ThemeLink[]> {
  return db.themeLinks.where('feedbackId').equals(feedbackId).toArray()
}

/** The rows linked to any of these themes, newest first when every link carries its row's date. */
export async function linkedFeedbackIds(themeIds: readonly string[]): Promise<{ ids: string[]; newestFirst: boolean }> {
  const links = await linksOfThemes(themeIds)
  const ordered = newestLinkedFirst(links)
  return ordered ? { ids: ordered, newestFirst: true } : { ids: [...new Set(links.map((link) => link.feedbackId))], newestFirst: false }
}

export function getTheme(themeId: string): Promise<Theme | undefined> {
  return db.themes.get(themeId)
}

/** id -> name of every theme. */
export async function themeNames(): Promise<Map<string, string>> {
  return new Map((await db.themes.toArray()).map((theme) => [theme.id, theme.name]))
}

/**
 * The themes with the most linked feedback, most first (ties in id order). Counts from the link index's keys
 * alone: no link record is read, and only the themes shown are.
 */
export async function topLinkedThemes(limit: number): Promise<{ theme: Theme; count: number }[]> {
  const counts = new Map<string, number>()
  for (const themeId of (await db.themeLinks.orderBy('themeId').keys()) as string[]) counts.set(themeId, (counts.get(themeId) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const top: { theme: Theme; count: number }[] = []
  // A link whose theme is gone does not count: read on until `limit` themes exist.
  for (let start = 0; top.length < limit && start < ranked.length; start += limit) {
    const slice = ranked.slice(start, start + limit)
    const themes = await db.themes.bulkGet(slice.map(([themeId]) => themeId))
    slice.forEach(([, count], i) => {
      const theme = themes[i]
      if (theme && top.length < limit) top.push({ theme, count })
    })
  }
  return top
}
