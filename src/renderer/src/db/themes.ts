import type { Feedback, Theme, ThemeLink } from '@shared/domain/feedback/feedback'
import { db } from './db'
import { createRepository } from './repository'

export const themeRepository = createRepository<Theme>(() => db.themes)

export function listThemes(): Promise<Theme[]> {
  return db.themes.toArray().then((themes) => themes.sort((a, b) => a.name.localeCompare(b.name)))
}

/** Linked rows and the rows merged into them: exactly what theme stats count. */
async function evidenceOf(links: readonly ThemeLink[]): Promise<Feedback[]> {
  const linkedIds = [...new Set(links.map((link) => link.feedbackId))]
  const linked = (await db.feedback.bulkGet(linkedIds)).filter((row): row is Feedback => !!row)
  // Merged rows are few in any workspace: reading them all beats a multi-key lookup of thousands of linked ids.
  const linkedSet = new Set(linkedIds)
  const merged = linkedIds.length > 0 ? (await db.feedback.where('mergedIntoId').above('').toArray()).filter((row) => linkedSet.has(row.mergedIntoId as string)) : []
  return [...linked, ...merged]
}

export interface ThemesData {
  themes: Theme[]
  links: ThemeLink[]
  /** Every linked row and its merged evidence. */
  feedback: Feedback[]
}

/** Everything the ranking needs, read in one go so a live query recomputes it on any change. */
export async function loadThemesData(): Promise<ThemesData> {
  const [themes, links] = await Promise.all([listThemes(), db.themeLinks.toArray()])
  return { themes, links, feedback: await evidenceOf(links) }
}

export interface ThemeData {
  theme?: Theme
  links: ThemeLink[]
  feedback: Feedback[]
}

export async function loadThemeData(themeId: string): Promise<ThemeData> {
  const [theme, links] = await Promise.all([db.themes.get(themeId), db.themeLinks.where('themeId').equals(themeId).toArray()])
  return { theme, links, feedback: await evidenceOf(links) }
}

export function linksOfFeedback(feedbackId: string): Promise<ThemeLink[]> {
  return db.themeLinks.where('feedbackId').equals(feedbackId).toArray()
}

export function linkedFeedbackIds(themeIds: readonly string[]): Promise<string[]> {
  return db.themeLinks
    .where('themeId')
    .anyOf([...themeIds])
    .toArray()
    .then((links) => [...new Set(links.map((link) => link.feedbackId))])
}
