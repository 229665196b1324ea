import type { Feedback, Importance, Theme, ThemeLink } from '../../../src/shared/domain/feedback'

export const NOW = '2026-04-01T00:00:00.000Z'
const DAY = 86_400_000

/** The ISO instant `days` (and `ms`) before NOW. */
export function daysAgo(days: number, ms = 0): string {
  return new Date(Date.parse(NOW) - days * DAY - ms).toISOString()
}

export function makeFeedback(id: string, extra: Partial<Feedback> = {}): Feedback {
  return {
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    text: `Feedback ${id}`,
    receivedAt: daysAgo(1),
    source: 'zendesk',
    importedTags: [],
    extra: {},
    dedupeKey: `key-${id}`,
    status: 'new',
    tags: [],
    themeIds: [],
    notes: '',
    ...extra
  }
}

export function makeLink(feedbackId: string, importance: Importance, themeId = 't1'): ThemeLink {
  return { id: `link-${themeId}-${feedbackId}`, createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', themeId, feedbackId, importance }
}

export function makeTheme(id: string, extra: Partial<Theme> = {}): Theme {
  return {
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name: `Theme ${id}`,
    description: '',
    status: 'idea',
    ...extra
  }
}
