import { describe, expect, it } from 'vitest'
import type { Theme, ThemeLink } from '../../src/shared/domain/feedback/feedback'
import { db } from '../../src/renderer/src/db/db'
import { topLinkedThemes } from '../../src/renderer/src/db/themes'

const at = '2026-01-01T00:00:00.000Z'
const theme = (id: string, name: string): Theme => ({ id, name, description: '', status: 'idea', createdAt: at, updatedAt: at })
const links = (themeId: string, count: number): ThemeLink[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${themeId}-${i}`, themeId, feedbackId: `f-${themeId}-${i}`, importance: 'important', createdAt: at, updatedAt: at }))

describe('the most linked themes on the dashboard', () => {
  it('ranks themes by their number of links, most first, ties in id order, and leaves out themes without links', async () => {
    await db.themes.bulkAdd([theme('a', 'Exports'), theme('b', 'Search'), theme('c', 'Billing'), theme('d', 'Onboarding'), theme('e', 'Unlinked')])
    await db.themeLinks.bulkAdd([...links('a', 2), ...links('b', 5), ...links('c', 2), ...links('d', 1)])
    const top = await topLinkedThemes(3)
    expect(top.map(({ theme, count }) => [theme.name, count])).toEqual([['Search', 5], ['Exports', 2], ['Billing', 2]])
  })

  it('does not count links whose theme is gone, and reads on to fill the list', async () => {
    await db.themes.bulkAdd([theme('a', 'Exports'), theme('b', 'Search')])
    await db.themeLinks.bulkAdd([...links('gone-1', 9), ...links('gone-2', 8), ...links('gone-3', 7), ...links('a', 1), ...links('b', 3)])
    const top = await topLinkedThemes(3)
    expect(top.map(({ theme, count }) => [theme.name, count])).toEqual([['Search', 3], ['Exports', 1]])
  })

  it('is empty when nothing is linked', async () => {
    await db.themes.bulkAdd([theme('a', 'Exports')])
    expect(await topLinkedThemes(3)).toEqual([])
  })
})
